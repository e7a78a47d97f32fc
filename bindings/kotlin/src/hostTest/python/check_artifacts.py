"""Checks the Android and JVM artifacts of bindings/kotlin (publish.mk): the AAR's entries, manifest,
consumer rules and classes.jar; every JNI library's ELF facts (readelf); the Maven layout and POM;
the sources jar; the JVM jar and its Linux JNI library. Exits 1 listing every failure."""
import argparse
import filecmp
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

# Android ABI -> (readelf machine, ELF class, 64-bit: 16 KB page alignment required).
ABIS = {
    "arm64-v8a": ("AArch64", "ELF64", True),
    "armeabi-v7a": ("ARM", "ELF32", False),
    "x86": ("Intel 80386", "ELF32", False),
    "x86_64": ("Advanced Micro Devices X86-64", "ELF64", True),
}
ANDROID = "{http://schemas.android.com/apk/res/android}"
POM = "{http://maven.apache.org/POM/4.0.0}"
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def readelf(path, *flags):
    return subprocess.run(["readelf", "-W", *flags, str(path)], check=True, capture_output=True, text=True).stdout


def check_jni(path, machine, elf_class, needs_16k):
    header = readelf(path, "-h")
    check(re.search(rf"Machine:\s+{re.escape(machine)}$", header, re.M), f"{path}: machine is not {machine}")
    check(re.search(rf"Class:\s+{elf_class}$", header, re.M), f"{path}: not {elf_class}")
    dynamic = readelf(path, "-d")
    check("(NEEDED)" not in dynamic, f"{path}: has a NEEDED entry")
    check("Library soname: [libroom_errors_jni.so]" in dynamic, f"{path}: SONAME is not libroom_errors_jni.so")
    symbols = [line.split() for line in readelf(path, "--dyn-syms").splitlines() if re.match(r"\s*\d+:", line)]
    exported = sorted(s[7] for s in symbols if len(s) >= 8 and s[6] != "UND")
    undefined = [s[7] for s in symbols if len(s) >= 8 and s[6] == "UND"]
    check(exported == ["JNI_OnLoad"], f"{path}: exports {exported}, not only JNI_OnLoad")
    check(not undefined, f"{path}: imports {undefined}")
    aligns = [int(line.split()[-1], 16) for line in readelf(path, "-l").splitlines() if line.strip().startswith("LOAD")]
    check(aligns, f"{path}: no LOAD segment")
    if needs_16k:
        check(all(a >= 0x4000 for a in aligns), f"{path}: LOAD alignments {[hex(a) for a in aligns]} below 16 KB")


def check_classes(jar, what):
    names = [n for n in jar.namelist() if not n.endswith("/")]
    classes = [n for n in names if n.endswith(".class")]
    check(all(n.startswith("dev/roomerrors/") for n in classes), f"{what}: classes outside dev/roomerrors: "
          + str([n for n in classes if not n.startswith("dev/roomerrors/")]))
    check(all(n.startswith(("dev/roomerrors/", "META-INF/")) for n in names), f"{what}: unexpected entries")
    for needed in ("RoomErrors", "RoomException", "RoomErrorCode", "RoomErrorLanguage", "RoomErrorAction",
                   "RoomErrorAudience", "RoomErrorCategory", "RoomErrorsNative"):
        check(f"dev/roomerrors/{needed}.class" in names, f"{what}: no {needed}.class")
    check(not any(re.search(r"(Test|Oracle|Bench|Lookup)\w*\.class$", n) for n in classes), f"{what}: holds tests")
    modules = [n for n in names if n.endswith(".kotlin_module")]
    check(modules == ["META-INF/room-errors.kotlin_module"], f"{what}: Kotlin module files {modules}")


def main():
    parser = argparse.ArgumentParser()
    for option in ("version", "stdlib-version", "aar", "maven", "jvm-jar", "jvm-jni", "sources"):
        parser.add_argument("--" + option, required=True)
    args = parser.parse_args()
    out = pathlib.Path("target/make/kotlin/check-artifacts")
    out.mkdir(parents=True, exist_ok=True)

    with zipfile.ZipFile(args.aar) as aar:
        names = sorted(n for n in aar.namelist() if not n.endswith("/"))
        expected = sorted(["AndroidManifest.xml", "classes.jar", "proguard.txt", "R.txt"]
                          + [f"jni/{abi}/libroom_errors_jni.so" for abi in ABIS])
        check(names == expected, f"AAR entries {names}, expected {expected}")
        manifest = ET.fromstring(aar.read("AndroidManifest.xml"))
        check(manifest.get("package") == "dev.roomerrors", "manifest package is not dev.roomerrors")
        sdk = manifest.find("uses-sdk")
        check(sdk is not None and sdk.get(ANDROID + "minSdkVersion") == "21", "manifest minSdkVersion is not 21")
        rules = aar.read("proguard.txt").decode()
        check("-keep class dev.roomerrors.RoomErrorsNative { native <methods>; }" in rules, "proguard.txt keeps no natives")
        aar.extract("classes.jar", out)
        for abi in ABIS:
            aar.extract(f"jni/{abi}/libroom_errors_jni.so", out)
    with zipfile.ZipFile(out / "classes.jar") as jar:
        check_classes(jar, "classes.jar")
    for abi, facts in ABIS.items():
        check_jni(out / "jni" / abi / "libroom_errors_jni.so", *facts)

    base = pathlib.Path(args.maven) / f"room-errors-{args.version}"
    check(pathlib.Path(args.maven).parts[-4:] == ("dev", "roomerrors", "room-errors", args.version),
          f"Maven directory {args.maven} is not dev/roomerrors/room-errors/{args.version}")
    check(filecmp.cmp(f"{base}.aar", args.aar, shallow=False), "the Maven AAR differs from dist/android's")
    pom = ET.parse(f"{base}.pom").getroot()
    field = lambda element, name: element.findtext(POM + name)
    check((field(pom, "groupId"), field(pom, "artifactId"), field(pom, "version"), field(pom, "packaging"))
          == ("dev.roomerrors", "room-errors", args.version, "aar"), "POM coordinates or packaging are wrong")
    dependencies = [(field(d, "groupId"), field(d, "artifactId"), field(d, "version"), field(d, "scope"))
                    for d in pom.iter(POM + "dependency")]
    check(dependencies == [("org.jetbrains.kotlin", "kotlin-stdlib", args.stdlib_version, "compile")],
          f"POM dependencies {dependencies}: expected kotlin-stdlib {args.stdlib_version} only")
    sources = sorted(str(p.relative_to(args.sources)) for p in pathlib.Path(args.sources).rglob("*.kt"))
    with zipfile.ZipFile(f"{base}-sources.jar") as jar:
        check(sorted(n for n in jar.namelist() if not n.endswith("/")) == sources, "the sources jar lacks sources")
        for name in sources:
            check(jar.read(name) == (pathlib.Path(args.sources) / name).read_bytes(), f"sources jar: {name} differs")

    check(filecmp.cmp(args.jvm_jar, out / "classes.jar", shallow=False), "the JVM jar differs from the AAR's classes")
    check_jni(args.jvm_jni, "Advanced Micro Devices X86-64", "ELF64", False)

    for failure in failures:
        print("check_artifacts: " + failure, file=sys.stderr)
    if failures:
        sys.exit(1)
    print(f"check_artifacts: the AAR ({len(ABIS)} ABIs), Maven layout, POM, sources jar and JVM jar are as documented")


main()
