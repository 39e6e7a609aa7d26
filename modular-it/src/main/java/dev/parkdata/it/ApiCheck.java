package dev.parkdata.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks the module descriptors of the parkdata modules against their API: every type in a
 * public or protected signature of an exported package belongs to the module itself, to a JDK
 * module or to a module it {@code requires transitive} (directly or through another); and every
 * third-party module it {@code requires transitive} appears in some signature. So Guava, which
 * no module requires transitively, can appear in none.
 */
final class ApiCheck {
  private ApiCheck() {}

  /** The outcome: how much was checked and what is wrong, one line each. */
  record Result(int modules, int types, List<String> problems) {}

  static Result run() {
    List<String> problems = new ArrayList<>();
    int modules = 0;
    int types = 0;
    for (ResolvedModule resolved : ModuleLayer.boot().configuration().modules()) {
      ModuleDescriptor descriptor = resolved.reference().descriptor();
      if (!descriptor.name().startsWith("dev.parkdata.") || descriptor.name().equals("dev.parkdata.it")) {
        continue;
      }
      Module module = ModuleLayer.boot().findModule(descriptor.name()).orElseThrow();
      Set<String> allowed = transitiveClosure(module);
      Set<String> used = new TreeSet<>();
      for (Class<?> type : exportedTypes(resolved, module)) {
        types++;
        for (Type t : signature(type)) {
          collect(t, module, allowed, used, problems, type.getName(), new HashSet<>());
        }
      }
      for (ModuleDescriptor.Requires r : descriptor.requires()) {
        if (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)
            && !isPlatform(r.name()) && !r.name().startsWith("dev.parkdata.") && !used.contains(r.name())) {
          problems.add(descriptor.name() + " requires transitive " + r.name() + ", which no signature names");
        }
      }
      modules++;
    }
    return new Result(modules, types, problems);
  }

  /** The modules whose types {@code module}'s API may name: itself and what it reads transitively. */
  private static Set<String> transitiveClosure(Module module) {
    Set<String> names = new HashSet<>();
    List<String> todo = new ArrayList<>(List.of(module.getName()));
    while (!todo.isEmpty()) {
      String name = todo.remove(todo.size() - 1);
      if (!names.add(name)) {
        continue;
      }
      ModuleLayer.boot().findModule(name).ifPresent(m -> m.getDescriptor().requires().stream()
          .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
          .forEach(r -> todo.add(r.name())));
    }
    return names;
  }

  private static List<Class<?>> exportedTypes(ResolvedModule resolved, Module module) {
    Set<String> exported = resolved.reference().descriptor().exports().stream()
        .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    List<Class<?>> types = new ArrayList<>();
    try (ModuleReader reader = resolved.reference().open(); Stream<String> names = reader.list()) {
      for (String name : (Iterable<String>) names::iterator) {
        if (!name.endsWith(".class") || name.endsWith("module-info.class")) {
          continue;
        }
        String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        if (!exported.contains(className.substring(0, className.lastIndexOf('.')))) {
          continue;
        }
        Class<?> type = Class.forName(module, className);
        if (type != null && isVisible(type)) {
          types.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return types;
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!Modifier.isPublic(c.getModifiers()) && !Modifier.isProtected(c.getModifiers())) {
        return false;
      }
    }
    return !type.isSynthetic() && !type.isAnonymousClass() && !type.isLocalClass();
  }

  /** The types a user of {@code type} sees: supertypes and the signatures of its API members. */
  private static List<Type> signature(Class<?> type) {
    List<Type> out = new ArrayList<>();
    if (type.getGenericSuperclass() != null) {
      out.add(type.getGenericSuperclass());
    }
    out.addAll(List.of(type.getGenericInterfaces()));
    for (Field f : type.getDeclaredFields()) {
      if (isApi(f.getModifiers()) && !f.isSynthetic()) {
        out.add(f.getGenericType());
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (isApi(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        out.add(m.getGenericReturnType());
        addExecutable(m, out);
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (isApi(c.getModifiers()) && !c.isSynthetic()) {
        addExecutable(c, out);
      }
    }
    return out;
  }

  private static void addExecutable(Executable e, List<Type> out) {
    out.addAll(List.of(e.getGenericParameterTypes()));
    out.addAll(List.of(e.getGenericExceptionTypes()));
    out.addAll(List.of(e.getTypeParameters()));
  }

  private static boolean isApi(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void collect(Type t, Module module, Set<String> allowed, Set<String> used,
      List<String> problems, String where, Set<Type> seen) {
    if (!seen.add(t)) {
      return;
    }
    if (t instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (c.isPrimitive()) {
        return;
      }
      String owner = c.getModule().getName();
      if (owner == null || isPlatform(owner)) {
        if (owner == null) {
          problems.add(where + " names " + c.getName() + " from the class path");
        }
        return;
      }
      used.add(owner);
      if (!allowed.contains(owner)) {
        problems.add(where + " names " + c.getName() + " of " + owner + ", not required transitively by " + module.getName());
      }
    } else if (t instanceof ParameterizedType p) {
      collect(p.getRawType(), module, allowed, used, problems, where, seen);
      for (Type a : p.getActualTypeArguments()) {
        collect(a, module, allowed, used, problems, where, seen);
      }
    } else if (t instanceof WildcardType w) {
      Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
          .forEach(b -> collect(b, module, allowed, used, problems, where, seen));
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        collect(b, module, allowed, used, problems, where, seen);
      }
    } else if (t instanceof GenericArrayType a) {
      collect(a.getGenericComponentType(), module, allowed, used, problems, where, seen);
    }
  }

  private static boolean isPlatform(String module) {
    return module.startsWith("java.") || module.startsWith("jdk.");
  }
}
