package io.tropo4j.fn;

/** Something a template names by logical ID: a parameter, resource, mapping or condition. */
public interface Referable {
  String logicalId();
}
