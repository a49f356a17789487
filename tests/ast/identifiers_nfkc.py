ﬁle = 1
ℌ = 2
𝐱 = 3
ª = 4
ｆｕｌｌ = 5
K = 6
print(ﬁle, file, ℌ, H, 𝐱, x)
