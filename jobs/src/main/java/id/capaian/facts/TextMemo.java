package id.capaian.facts;

import java.util.function.Function;

/**
 * A small per-thread cache of a pure function of a text. The facts rules meet the same header words
 * and cell texts table after table ("Target", "Realisasi", "Rp", a program's name); this answers a
 * repeat without recomputing. Direct-mapped by hash, a collision simply replaces the slot, and a hit
 * is checked with equals, so the answer is always the function's own.
 */
final class TextMemo<T> {
  private final Function<String, T> function;
  private final int mask;
  /** Per thread: key and value side by side, slot {@code 2 * (hash & mask)}. */
  private final ThreadLocal<Object[]> slots;

  /** @param size number of slots, a power of two */
  TextMemo(int size, Function<String, T> function) {
    if (Integer.bitCount(size) != 1) {
      throw new IllegalArgumentException("size must be a power of two: " + size);
    }
    this.function = function;
    this.mask = size - 1;
    this.slots = ThreadLocal.withInitial(() -> new Object[2 * size]);
  }

  @SuppressWarnings("unchecked")
  T get(String key) {
    Object[] table = slots.get();
    int slot = 2 * (key.hashCode() & mask);
    if (key.equals(table[slot])) {
      return (T) table[slot + 1];
    }
    T value = function.apply(key);
    table[slot] = key;
    table[slot + 1] = value;
    return value;
  }
}
