package io.tropo4j.read;

import java.util.List;

/** A JSON array or YAML sequence. */
public record ListNode(List<Node> items, Position position) implements Node {
  public ListNode {
    items = List.copyOf(items);
  }

  public int size() {
    return items.size();
  }

  public Node get(int index) {
    return items.get(index);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListNode list && items.equals(list.items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  @Override
  public String toString() {
    return toJson();
  }
}
