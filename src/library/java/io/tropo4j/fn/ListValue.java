package io.tropo4j.fn;

import java.util.List;

/** A JSON array of values. */
final class ListValue<E> implements Value<List<E>> {
  private final List<? extends Value<?>> items;

  ListValue(List<? extends Value<?>> items) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == null) {
        throw new NullPointerException("list item " + i + " is null");
      }
    }
    this.items = items;
  }

  List<? extends Value<?>> items() {
    return items;
  }

  @Override
  public void writeTo(Sink out) {
    out.beginArray();
    for (Value<?> item : items) {
      item.writeTo(out);
    }
    out.endArray();
  }
}
