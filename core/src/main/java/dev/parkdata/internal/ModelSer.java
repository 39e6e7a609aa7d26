package dev.parkdata.internal;

import java.io.Externalizable;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The serialization proxy of every model type that Immutables generates ({@code Park}, {@code
 * Dataset}, {@code Observation}, {@code Identifier} …), in the manner of {@code java.time}'s
 * {@code Ser}. The hand-written {@code AbstractPark} returns one from {@code writeReplace} and
 * refuses a stream of its own fields in {@code readObject}, so that every instance read back is
 * built by the public builder and passes the same checks as one built in code.
 *
 * <p>The form is structural, by attribute name, so that it does not depend on the fields the
 * generated class happens to have:
 *
 * <ol>
 *   <li>the type's name below {@code dev.parkdata.}, {@code "park.Park"} ({@code writeObject}, so
 *       a stream of many parks holds it once);
 *   <li>the number {@code n} of attributes that follow ({@code writeInt});
 *   <li>{@code n} pairs of the attribute's name ({@code writeObject}, a String) and its value
 *       ({@code writeObject}): a list attribute as an {@code Object[]} of its elements, an
 *       optional one as its content, any other as itself (an {@code int} boxed).
 * </ol>
 *
 * <p>Empty lists and absent optionals are left out. Attributes are written in name order. On
 * reading, a name the type no longer has is skipped (a later release may have removed it), a
 * missing one takes the builder's default, and a value of the wrong type, a missing required
 * attribute or a value the type's checks refuse fail with {@link InvalidObjectException}.
 *
 * <p>Not API: public only so that the model packages can return it.
 */
public final class ModelSer implements Externalizable {
  private static final long serialVersionUID = 1L;

  private static final String ROOT = "dev.parkdata.";

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return new Shape(type);
    }
  };

  /** The instance written, or read back. */
  private Object object;

  /** For deserialization only. */
  public ModelSer() {}

  /**
   * The proxy that writes {@code object}, an instance of an Immutables-generated model type.
   *
   * @param object the instance whose {@code writeReplace} is running
   */
  public ModelSer(Object object) {
    this.object = object;
  }

  @Override
  public void writeExternal(ObjectOutput out) throws IOException {
    Shape shape = SHAPES.get(object.getClass());
    List<Object> pairs = new ArrayList<>();
    for (Attribute a : shape.attributes) {
      Object value = a.get(object);
      if (value != null) {
        pairs.add(a.name);
        pairs.add(value);
      }
    }
    out.writeObject(object.getClass().getName().substring(ROOT.length()));
    out.writeInt(pairs.size() / 2);
    for (Object o : pairs) {
      out.writeObject(o);
    }
  }

  @Override
  public void readExternal(ObjectInput in) throws IOException, ClassNotFoundException {
    Shape shape = SHAPES.get(modelType(in.readObject()));
    int count = in.readInt();
    if (count < 0) {
      throw new InvalidObjectException(shape.type.getSimpleName() + ": negative attribute count " + count);
    }
    Object builder = shape.invoke(shape.builder, null);
    for (int i = 0; i < count; i++) {
      Object name = in.readObject();
      Object value = in.readObject();
      Attribute a = name instanceof String ? shape.byName.get(name) : null;
      if (a != null) {
        a.set(builder, value, shape);
      } else if (!(name instanceof String)) {
        throw new InvalidObjectException(shape.type.getSimpleName() + ": an attribute name that is not a String");
      }
    }
    object = shape.invoke(shape.build, builder);
  }

  /** The instance read, built by its builder. */
  private Object readResolve() {
    return object;
  }

  /** Resolves a type name of the stream, accepting only an Immutables-generated model type. */
  private static Class<?> modelType(Object name) throws IOException, ClassNotFoundException {
    if (!(name instanceof String)) {
      throw new InvalidObjectException("model type name expected, got " + describe(name));
    }
    Class<?> type = Class.forName(ROOT + name, false, ModelSer.class.getClassLoader());
    Class<?> abstractType = type.getSuperclass();
    // The generated Park extends the hand-written AbstractPark, which writes this form.
    boolean model = Modifier.isFinal(type.getModifiers())
        && abstractType != null
        && abstractType.getName().equals(type.getPackageName() + ".Abstract" + type.getSimpleName())
        && java.io.Serializable.class.isAssignableFrom(abstractType);
    if (!model) {
      throw new InvalidObjectException("not a parkdata model type: " + name);
    }
    return type;
  }

  private static String describe(Object o) {
    return o == null ? "null" : o.getClass().getName();
  }

  /** The builder and attributes of one generated type, found once by reflection. */
  private static final class Shape {
    final Class<?> type;
    final Method builder;
    final Method build;
    final List<Attribute> attributes = new ArrayList<>();
    final Map<String, Attribute> byName = new HashMap<>();

    Shape(Class<?> type) {
      this.type = type;
      try {
        builder = type.getMethod("builder");
        build = builder.getReturnType().getMethod("build");
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type + " has no builder", e);
      }
      // An attribute is an accessor with a builder method of its name that sets it whole.
      for (Method m : type.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0) {
          continue;
        }
        Attribute a = Attribute.of(m, builder.getReturnType());
        if (a != null) {
          attributes.add(a);
          byName.put(a.name, a);
        }
      }
      attributes.sort(Comparator.comparing((Attribute a) -> a.name));
    }

    Object invoke(Method method, Object target, Object... args) throws InvalidObjectException {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        // A ModelConstraintException, a NullPointerException: the stream holds an invalid value.
        if (e.getCause() instanceof RuntimeException) {
          throw SerialData.invalid(type.getSimpleName(), (RuntimeException) e.getCause());
        }
        throw new IllegalStateException(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** How an attribute is written and set again. */
  private enum Kind {
    PLAIN,
    OPTIONAL,
    LIST
  }

  /** One attribute: its accessor, its builder method, and the class its values must have. */
  private static final class Attribute {
    final String name;
    final Method accessor;
    final Method setter;
    final Kind kind;
    final Class<?> valueClass;

    private Attribute(String name, Method accessor, Method setter, Kind kind, Class<?> valueClass) {
      this.name = name;
      this.accessor = accessor;
      this.setter = setter;
      this.kind = kind;
      this.valueClass = valueClass;
    }

    static Attribute of(Method accessor, Class<?> builderType) {
      Class<?> returned = accessor.getReturnType();
      Kind kind = returned == List.class ? Kind.LIST : returned == Optional.class ? Kind.OPTIONAL : Kind.PLAIN;
      Class<?> parameter = kind == Kind.LIST ? Iterable.class : returned;
      Method setter;
      try {
        setter = builderType.getMethod(accessor.getName(), parameter);
      } catch (NoSuchMethodException notAnAttribute) {
        return null;
      }
      Class<?> valueClass = kind == Kind.PLAIN ? boxed(returned) : typeArgument(accessor.getGenericReturnType());
      return new Attribute(accessor.getName(), accessor, setter, kind, valueClass);
    }

    /** The value to write; null for an empty list or an absent optional. */
    Object get(Object instance) throws IOException {
      Object value;
      try {
        value = accessor.invoke(instance);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IOException("cannot read " + name + " of " + instance.getClass().getSimpleName(), e);
      }
      switch (kind) {
        case LIST:
          List<?> list = (List<?>) value;
          return list.isEmpty() ? null : list.toArray();
        case OPTIONAL:
          return ((Optional<?>) value).orElse(null);
        default:
          return value;
      }
    }

    /** Sets {@code value} read from a stream, after checking its type. */
    void set(Object builder, Object value, Shape shape) throws InvalidObjectException {
      Object argument;
      if (kind == Kind.LIST) {
        if (!(value instanceof Object[])) {
          throw wrongType(shape, value, "Object[]");
        }
        Object[] elements = (Object[]) value;
        for (Object e : elements) {
          if (!valueClass.isInstance(e)) {
            throw wrongType(shape, e, valueClass.getName());
          }
        }
        argument = Arrays.asList(elements);
      } else {
        if (!valueClass.isInstance(value)) {
          throw wrongType(shape, value, valueClass.getName());
        }
        argument = kind == Kind.OPTIONAL ? Optional.of(value) : value;
      }
      shape.invoke(setter, builder, argument);
    }

    private InvalidObjectException wrongType(Shape shape, Object value, String expected) {
      return new InvalidObjectException(
          shape.type.getSimpleName() + "." + name + ": " + expected + " expected, got " + describe(value));
    }

    private static Class<?> typeArgument(Type type) {
      Type argument = ((ParameterizedType) type).getActualTypeArguments()[0];
      return (Class<?>) (argument instanceof ParameterizedType ? ((ParameterizedType) argument).getRawType() : argument);
    }

    private static Class<?> boxed(Class<?> type) {
      if (!type.isPrimitive()) {
        return type;
      }
      return type == int.class ? Integer.class
          : type == long.class ? Long.class
          : type == boolean.class ? Boolean.class
          : type == double.class ? Double.class
          : type == char.class ? Character.class
          : type == short.class ? Short.class
          : type == byte.class ? Byte.class
          : Float.class;
    }
  }
}
