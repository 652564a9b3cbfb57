package io.tropo4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportsTest {
  @Test
  void importsOncePerSimpleNameAndQualifiesTheRest() {
    Imports imports = new Imports("p", Set.of("p.Outer", "p.Outer.Tag"), Set.of("Outer"));
    assertEquals("Tag", imports.use("p.Outer.Tag"));
    assertEquals("io.tropo4j.core.Tag", imports.use("io.tropo4j.core.Tag"));
    assertEquals("Value", imports.use("io.tropo4j.fn.Value"));
    assertEquals("Value", imports.use("io.tropo4j.fn.Value"));
    assertEquals("q.Value", imports.use("q.Value"));
    assertEquals("String", imports.use("java.lang.String"));
    assertEquals("Sibling", imports.use("p.Sibling"));
    assertEquals(Set.of("io.tropo4j.fn.Value"), imports.imports());
  }

  @Test
  void aPackageClassHidesJavaLang() {
    Imports imports = new Imports("p", Set.of("p.Outer"), Set.of("Outer", "System"));
    assertEquals("java.lang.System", imports.use("java.lang.System"));
    assertEquals("Object", imports.use("java.lang.Object"));
  }
}
