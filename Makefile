# Krait's build. `make` builds build/krait; `make test` runs every test suite;
# `make asan` builds with AddressSanitizer + UBSan into build/asan and runs the
# same tests; `make deps` installs the Debian packages the tests need.
# Generated sources (*.gen.c/h) are committed: `make regen` rebuilds them from
# grammar/ with the generators in tools/, and `make test` fails when they are stale.

CC      ?= cc
BUILD   ?= build
PYTHON  ?= /usr/bin/python3.11
OPT     ?= -O2 -g
WERROR  ?= -Werror
SANITIZE ?=

WARN = -Wall -Wextra -Wshadow -Wundef -Wmissing-prototypes -Wstrict-prototypes \
       -Wwrite-strings -Wno-unused-parameter $(WERROR)
CFLAGS_ALL = -std=c11 -D_GNU_SOURCE $(OPT) $(WARN) $(SANITIZE) -Isrc -Iinclude \
             -fvisibility=hidden -MMD -MP $(CFLAGS)
LDFLAGS_ALL = $(SANITIZE) $(LDFLAGS)
LIBS = -lm

LIB_SRCS  := $(shell find src -name '*.c' ! -path src/main.c | sort)
LIB_OBJS  := $(LIB_SRCS:%.c=$(BUILD)/obj/%.o)
UNIT_SRCS := $(shell find tests/unit -name 'test_*.c' | sort)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/unit/%)

.PHONY: all test test-full asan deps regen check-generated unit fuzz bench clean format

all: $(BUILD)/krait

$(BUILD)/libkrait.a: $(LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/krait: $(BUILD)/obj/src/main.o $(BUILD)/libkrait.a
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(LIBS)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

$(BUILD)/unit/%: tests/unit/%.c $(BUILD)/libkrait.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Itests/unit -o $@ $< $(BUILD)/libkrait.a $(LIBS)

unit: $(UNIT_BINS)

deps:
	@tools/deps.sh

test: deps all unit
	$(PYTHON) tools/runtests.py --build $(BUILD)

test-full: deps all unit
	$(PYTHON) tools/runtests.py --build $(BUILD) --full

# Leak detection is off until the cycle collector exists (issue #4): class
# objects and other cycles are never freed before then.
asan:
	ASAN_OPTIONS=detect_leaks=0 $(MAKE) BUILD=build/asan OPT="-O1 -g -fno-omit-frame-pointer" \
	    SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=all" test

regen:
	$(PYTHON) tools/regen.py

check-generated:
	$(PYTHON) tools/regen.py --check

fuzz:
	$(MAKE) -f tests/fuzz/Makefile run

bench: all
	$(PYTHON) bench/run.py --build $(BUILD)

format:
	clang-format -i $$(git ls-files 'src/*.c' 'src/*.h' | grep -v '\.gen\.')

clean:
	rm -rf build

-include $(LIB_OBJS:.o=.d) $(BUILD)/obj/src/main.d
