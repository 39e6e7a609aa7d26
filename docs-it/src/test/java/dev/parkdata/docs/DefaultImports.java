package dev.parkdata.docs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The imports a statement snippet gets without writing them: every package that a parkdata
 * module on the class path exports to all, and {@link #JDK_PACKAGES}, on demand. A simple name
 * that a parkdata package and one of these JDK packages (or {@code java.lang}) both have means
 * parkdata's type ({@code Period}, {@code Path}), by a single-type import, unless the snippet
 * imports that name itself.
 *
 * @param packages the parkdata packages imported on demand
 * @param preferred parkdata's type for each simple name the JDK packages have too
 */
record DefaultImports(Set<String> packages, Map<String, String> preferred) {

  /** The JDK packages every statement snippet imports on demand. */
  static final List<String> JDK_PACKAGES = List.of(
      "java.io", "java.math", "java.net", "java.nio.file", "java.time", "java.util",
      "java.util.function", "java.util.stream");

  private static final String PARKDATA_MODULE = "dev.parkdata.";

  /** The import lines, leaving out the preferred types whose names a snippet imports itself. */
  List<String> lines(Set<String> namesImportedBySnippet) {
    List<String> lines = new ArrayList<>();
    Stream.concat(packages.stream(), JDK_PACKAGES.stream()).forEach(p -> lines.add("import " + p + ".*;"));
    preferred.forEach((simple, type) -> {
      if (!namesImportedBySnippet.contains(simple)) {
        lines.add("import " + type + ";");
      }
    });
    return lines;
  }

  /** The default imports for the modules on this class path. */
  static DefaultImports of(String classPath, ClassLoader loader) {
    Set<String> packages = new TreeSet<>();
    Map<String, List<String>> typesBySimpleName = new TreeMap<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!isModule(path)) {
        continue;
      }
      for (ModuleReference module : ModuleFinder.of(path).findAll()) {
        ModuleDescriptor descriptor = module.descriptor();
        if (!descriptor.name().startsWith(PARKDATA_MODULE)) {
          continue;
        }
        Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        packages.addAll(exported);
        for (String type : publicTopLevelTypes(module, exported, loader)) {
          typesBySimpleName.computeIfAbsent(type.substring(type.lastIndexOf('.') + 1), k -> new ArrayList<>())
              .add(type);
        }
      }
    }
    if (packages.isEmpty()) {
      throw new IllegalStateException("no parkdata module on the class path " + classPath);
    }
    Map<String, String> preferred = new TreeMap<>();
    typesBySimpleName.forEach((simple, types) -> {
      // A name two parkdata packages share stays ambiguous: the snippet says which it means.
      if (types.size() == 1 && inJdkPackages(simple)) {
        preferred.put(simple, types.get(0));
      }
    });
    return new DefaultImports(packages, preferred);
  }

  private static boolean isModule(Path path) {
    if (Files.isDirectory(path)) {
      return Files.isRegularFile(path.resolve("module-info.class"));
    }
    if (!Files.isRegularFile(path) || !path.toString().endsWith(".jar")) {
      return false;
    }
    try (JarFile jar = new JarFile(path.toFile())) {
      return jar.getEntry("module-info.class") != null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> publicTopLevelTypes(ModuleReference module, Set<String> packages, ClassLoader loader) {
    try (ModuleReader reader = module.open(); Stream<String> names = reader.list()) {
      List<String> types = new ArrayList<>();
      for (String name : names.filter(n -> n.endsWith(".class") && !n.contains("$")).toList()) {
        String type = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        int dot = type.lastIndexOf('.');
        if (dot > 0 && packages.contains(type.substring(0, dot)) && isPublic(type, loader)) {
          types.add(type);
        }
      }
      return types;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean inJdkPackages(String simpleName) {
    return Stream.concat(Stream.of("java.lang"), JDK_PACKAGES.stream())
        .anyMatch(p -> isPublic(p + "." + simpleName, ClassLoader.getPlatformClassLoader()));
  }

  private static boolean isPublic(String type, ClassLoader loader) {
    try {
      return Modifier.isPublic(Class.forName(type, false, loader).getModifiers());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
