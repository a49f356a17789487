"""raytrace: render a small scene (spheres over a checkered plane, two point
lights) with a recursive Whitted-style ray tracer: diffuse and specular
shading, hard shadows and mirror reflections. Prints a checksum of the
8-bit pixel values.

Stresses: float arithmetic through operator overloading (__add__, __mul__,
...), allocation of many short-lived small objects, method calls,
recursion."""

WIDTH = 360
HEIGHT = 270
MAX_DEPTH = 3
EPSILON = 1e-6


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vec(self.y * other.z - self.z * other.y,
                   self.z * other.x - self.x * other.z,
                   self.x * other.y - self.y * other.x)

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())

    def blend(self, other):
        """Component-wise product: a light's colour filtered by a surface."""
        return Vec(self.x * other.x, self.y * other.y, self.z * other.z)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, shininess, mirror):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.mirror = mirror

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color, other, diffuse, specular, shininess, mirror):
        Material.__init__(self, color, diffuse, specular, shininess, mirror)
        self.other = other

    def color_at(self, point):
        if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2:
            return self.other
        return self.color


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius2 = radius * radius
        self.material = material

    def intersect(self, ray):
        """Distance along [ray] to the nearest hit in front of its origin,
        or None. [ray]'s direction is a unit vector."""
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius2
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if -EPSILON < denom < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = Vec(0.08, 0.08, 0.1)
        self.rays = 0

    def nearest(self, ray):
        self.rays += 1
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        obj, t = self.nearest(Ray(point, to_light * (1.0 / distance)))
        return obj is not None and t < distance

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            # Sky: a vertical gradient.
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.7, 0.9) * k + Vec(0.1, 0.1, 0.15) * (1.0 - k)
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        material = obj.material
        base = material.color_at(point)
        color = base.blend(self.ambient)
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base.blend(light.color) * (lambert * material.diffuse)
            highlight = to_light.reflect(normal).dot(ray.direction)
            if highlight > 0.0:
                color = color + light.color * (material.specular * highlight ** material.shininess)
        if material.mirror > 0.0 and depth < MAX_DEPTH:
            bounce = Ray(point, ray.direction.reflect(normal))
            color = color + self.trace(bounce, depth + 1) * material.mirror
        return color


def build_scene():
    scene = Scene()
    shiny = Material(Vec(0.9, 0.2, 0.2), 0.7, 0.5, 20, 0.3)
    matte = Material(Vec(0.2, 0.8, 0.3), 0.9, 0.1, 5, 0.0)
    mirror = Material(Vec(0.9, 0.9, 0.9), 0.2, 0.9, 50, 0.7)
    blue = Material(Vec(0.2, 0.3, 0.9), 0.8, 0.4, 10, 0.1)
    floor = Checker(Vec(0.9, 0.9, 0.9), Vec(0.15, 0.15, 0.15), 0.8, 0.2, 10, 0.2)
    scene.objects.append(Sphere(Vec(0.0, 1.0, 5.0), 1.0, shiny))
    scene.objects.append(Sphere(Vec(-2.2, 0.7, 6.5), 0.7, matte))
    scene.objects.append(Sphere(Vec(2.0, 1.2, 7.0), 1.2, mirror))
    scene.objects.append(Sphere(Vec(0.8, 0.35, 3.4), 0.35, blue))
    scene.objects.append(Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), floor))
    scene.lights.append(Light(Vec(-5.0, 8.0, -2.0), Vec(0.8, 0.8, 0.7)))
    scene.lights.append(Light(Vec(6.0, 5.0, 1.0), Vec(0.3, 0.3, 0.45)))
    return scene


def to_byte(channel):
    if channel <= 0.0:
        return 0
    if channel >= 1.0:
        return 255
    return int(channel * 255.0)


def render(scene, width, height):
    eye = Vec(0.0, 1.6, -1.0)
    target = Vec(0.0, 0.9, 5.0)
    forward = (target - eye).normalized()
    right = Vec(0.0, 1.0, 0.0).cross(forward).normalized()
    up = forward.cross(right)
    aspect = width / height
    checksum = 0
    total = 0
    for row in range(height):
        sy = 1.0 - 2.0 * (row + 0.5) / height
        for col in range(width):
            sx = (2.0 * (col + 0.5) / width - 1.0) * aspect
            direction = (forward + right * (sx * 0.6) + up * (sy * 0.6)).normalized()
            c = scene.trace(Ray(eye, direction), 0)
            r, g, b = to_byte(c.x), to_byte(c.y), to_byte(c.z)
            total += r + g + b
            checksum = (checksum * 31 + (r << 16 | g << 8 | b)) % 4294967291
    return total, checksum


def main():
    scene = build_scene()
    total, checksum = render(scene, WIDTH, HEIGHT)
    print(f"{WIDTH}x{HEIGHT} pixels, {scene.rays} rays")
    print(f"channel sum {total}, checksum {checksum}")


main()
