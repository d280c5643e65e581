package dev.govern.scan;

import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Model records in a compact binary form, for the scan index: reading a measurement back this way
 * costs a small fraction of parsing its YAML. The form follows the records' components by
 * reflection, so a component added to the model is carried without a change here, and
 * {@link #shape} names every component and type: an index written for another shape of the model
 * is not read at all.
 *
 * <p>Supported component types: records, {@code String}, {@code int}, {@code long},
 * {@code boolean} (plain or boxed), enums, {@code LocalDate}, {@code YearMonth}, and {@code List}s and {@code Map}s
 * of those. Any other type is refused when the shape is first asked for, so a model change that
 * this form cannot carry fails the scan's tests rather than losing a field.
 */
final class RecordCodec<T extends Record> {
  private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

  private final Class<T> type;
  private final String shape;

  RecordCodec(Class<T> type) {
    this.type = type;
    StringBuilder sb = new StringBuilder();
    describe(type, sb);
    this.shape = sb.toString();
  }

  /** Every component's name and type, nested records included: equal shapes read each other's bytes. */
  String shape() {
    return shape;
  }

  void write(DataOutput out, T value) throws IOException {
    writeValue(out, type, value);
  }

  /**
   * A record read back; an exception (never a half-built value) when the bytes are damaged or break
   * a record's own checks.
   */
  T read(DataInputStream in) throws IOException {
    return type.cast(readValue(in, type));
  }

  private static void describe(Type t, StringBuilder sb) {
    Class<?> raw = raw(t);
    if (raw.isRecord()) {
      sb.append(raw.getName()).append('(');
      for (RecordComponent c : raw.getRecordComponents()) {
        sb.append(c.getName()).append(':');
        describe(c.getGenericType(), sb);
        sb.append(',');
      }
      sb.append(')');
    } else if (List.class.equals(raw)) {
      sb.append("List<");
      describe(argument(t, 0), sb);
      sb.append('>');
    } else if (Map.class.equals(raw) || SortedMap.class.equals(raw)) {
      sb.append(raw.getSimpleName()).append('<');
      describe(argument(t, 0), sb);
      sb.append(',');
      describe(argument(t, 1), sb);
      sb.append('>');
    } else if (raw.isEnum()) {
      sb.append(raw.getName()).append(List.of(raw.getEnumConstants()));
    } else if (raw == String.class || raw == int.class || raw == long.class || raw == boolean.class
        || raw == Integer.class || raw == Long.class || raw == Boolean.class || raw == LocalDate.class
        || raw == YearMonth.class) {
      sb.append(raw.getName());
    } else {
      throw new IllegalArgumentException("the scan index cannot carry a " + t.getTypeName());
    }
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("the scan index cannot carry a " + t.getTypeName());
  }

  private static Type argument(Type t, int i) {
    if (t instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[i];
    }
    throw new IllegalArgumentException("the scan index cannot carry a raw " + t.getTypeName());
  }

  private static void writeValue(DataOutput out, Type t, Object value) throws IOException {
    Class<?> raw = raw(t);
    if (raw == int.class) {
      out.writeInt((Integer) value);
      return;
    }
    if (raw == long.class) {
      out.writeLong((Long) value);
      return;
    }
    if (raw == boolean.class) {
      out.writeBoolean((Boolean) value);
      return;
    }
    out.writeBoolean(value != null);
    if (value == null) {
      return;
    }
    if (raw == Integer.class) {
      out.writeInt((Integer) value);
    } else if (raw == Long.class) {
      out.writeLong((Long) value);
    } else if (raw == Boolean.class) {
      out.writeBoolean((Boolean) value);
    } else if (raw == String.class) {
      byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    } else if (raw == LocalDate.class) {
      out.writeLong(((LocalDate) value).toEpochDay());
    } else if (raw == YearMonth.class) {
      out.writeInt(((YearMonth) value).getYear());
      out.writeByte(((YearMonth) value).getMonthValue());
    } else if (raw.isEnum()) {
      out.writeInt(((Enum<?>) value).ordinal());
    } else if (List.class.equals(raw)) {
      Collection<?> list = (Collection<?>) value;
      out.writeInt(list.size());
      for (Object e : list) {
        writeValue(out, argument(t, 0), e);
      }
    } else if (Map.class.equals(raw) || SortedMap.class.equals(raw)) {
      Map<?, ?> map = (Map<?, ?>) value;
      out.writeInt(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        writeValue(out, argument(t, 0), e.getKey());
        writeValue(out, argument(t, 1), e.getValue());
      }
    } else if (raw.isRecord()) {
      for (RecordComponent c : components(raw)) {
        try {
          writeValue(out, c.getGenericType(), c.getAccessor().invoke(value));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + raw.getSimpleName() + "." + c.getName(), e);
        }
      }
    } else {
      throw new IllegalArgumentException("the scan index cannot carry a " + t.getTypeName());
    }
  }

  private static Object readValue(DataInputStream in, Type t) throws IOException {
    Class<?> raw = raw(t);
    if (raw == int.class) {
      return in.readInt();
    }
    if (raw == long.class) {
      return in.readLong();
    }
    if (raw == boolean.class) {
      return in.readBoolean();
    }
    if (!in.readBoolean()) {
      return null;
    }
    if (raw == Integer.class) {
      return in.readInt();
    } else if (raw == Long.class) {
      return in.readLong();
    } else if (raw == Boolean.class) {
      return in.readBoolean();
    } else if (raw == String.class) {
      byte[] bytes = new byte[length(in)];
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    } else if (raw == LocalDate.class) {
      return LocalDate.ofEpochDay(in.readLong());
    } else if (raw == YearMonth.class) {
      return YearMonth.of(in.readInt(), in.readByte());
    } else if (raw.isEnum()) {
      return raw.getEnumConstants()[in.readInt()];
    } else if (List.class.equals(raw)) {
      int n = length(in);
      List<Object> list = new ArrayList<>(Math.min(n, 1024));
      for (int i = 0; i < n; i++) {
        list.add(readValue(in, argument(t, 0)));
      }
      return list;
    } else if (Map.class.equals(raw) || SortedMap.class.equals(raw)) {
      int n = length(in);
      Map<Object, Object> map = SortedMap.class.equals(raw) ? new TreeMap<>() : new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        map.put(readValue(in, argument(t, 0)), readValue(in, argument(t, 1)));
      }
      return map;
    } else if (raw.isRecord()) {
      RecordComponent[] components = components(raw);
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        args[i] = readValue(in, components[i].getGenericType());
      }
      try {
        return constructor(raw, components).newInstance(args);
      } catch (InvocationTargetException e) {
        throw new IOException("a damaged " + raw.getSimpleName() + ": " + e.getCause().getMessage(), e.getCause());
      } catch (InstantiationException | IllegalAccessException e) {
        throw new IllegalStateException("cannot make a " + raw.getSimpleName(), e);
      }
    }
    throw new IllegalArgumentException("the scan index cannot carry a " + t.getTypeName());
  }

  /**
   * A length that the bytes left can hold (every element takes at least one), so damaged bytes never
   * make a huge allocation; {@code in} reads from memory, where {@code available} is what is left.
   */
  private static int length(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("a damaged length: " + n);
    }
    return n;
  }

  private static RecordComponent[] components(Class<?> raw) {
    return COMPONENTS.computeIfAbsent(raw, Class::getRecordComponents);
  }

  /** The canonical constructor: the one taking every component in order. */
  private static Constructor<?> constructor(Class<?> raw, RecordComponent[] components) {
    return CONSTRUCTORS.computeIfAbsent(raw, r -> {
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
      }
      try {
        return r.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(r.getName() + " has no canonical constructor", e);
      }
    });
  }
}
