package io.tropo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.Templates;
import io.tropo4j.resources.s3.Bucket;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One schema serves every instance of its type in the JVM, so nothing reached through it may change it. */
class SchemaTest {
  @Test
  void aSchemaFromAResourceOrPropertyTypeCannotBeChanged() {
    Schema bucket = new Bucket("Logs").schema();
    assertThrows(UnsupportedOperationException.class, () -> bucket.required().add("BucketName"));
    assertThrows(UnsupportedOperationException.class, () -> bucket.attributes().add("Anything"));
    assertThrows(UnsupportedOperationException.class, () -> bucket.allowedValues("AccessControl").add("Open"));
    assertThrows(UnsupportedOperationException.class, () -> bucket.allowedValues("BucketName").add("x"));
    Schema versioning = new Bucket.VersioningConfiguration().schema();
    assertThrows(UnsupportedOperationException.class, () -> versioning.allowedValues("Status").clear());
    assertThrows(UnsupportedOperationException.class, () -> versioning.required().clear());
  }

  @Test
  void aSchemaHasNoStateToChangeAndHandsOutNoBuilder() {
    for (Field field : Schema.class.getDeclaredFields()) {
      assertTrue(Modifier.isFinal(field.getModifiers()), field.toString());
    }
    for (Method method : Schema.class.getMethods()) {
      if (!Modifier.isStatic(method.getModifiers())) {
        assertNotEquals(Schema.Builder.class, method.getReturnType(), method.toString());
        assertNotEquals(Schema.class, method.getReturnType(), method.toString());
      }
    }
  }

  @Test
  void oneResourceCannotChangeTheValidationOfAnotherOfItsType() {
    Bucket first = new Bucket("First");
    Bucket second = new Bucket("Second").retainData().accessControl("Open");
    assertSame(first.schema(), second.schema()); // shared, which is why it must not change
    Template template = new Template();
    template.add(second);
    List<Problem> before = Templates.validate(template);
    assertEquals(1, before.size(), before.toString());
    assertTrue(before.get(0).message().contains("'Open' is not an allowed value"), before.toString());

    assertThrows(UnsupportedOperationException.class,
        () -> first.schema().allowedValues("AccessControl").add("Open"));
    assertThrows(UnsupportedOperationException.class, () -> first.schema().required().add("BucketName"));
    assertEquals(before, Templates.validate(template));
  }

  @Test
  void aBuilderDoesNotReachTheSchemaItBuilt() {
    Schema.Builder builder = Schema.builder("Custom::Thing")
        .required("A", "C")
        .required("B")
        .allowed("Mode", "on")
        .attributes("Out");
    Schema schema = builder.build();
    builder.required("D").allowed("Mode", "off").attributes("Other").anyAttribute().stateful();

    assertEquals(List.of("A", "C", "B"), List.copyOf(schema.required()), "declaration order is kept");
    assertEquals(Set.of("on"), schema.allowedValues("Mode"));
    assertTrue(schema.hasAttribute("Out"));
    assertFalse(schema.hasAttribute("Other"));
    assertFalse(schema.isStateful());
    assertEquals("Custom::Thing", schema.typeName());
  }

  @Test
  void aTypeWithNothingButItsName() {
    Schema schema = Schema.of("AWS::Demo::Thing.Part");
    assertEquals(Set.of(), schema.required());
    assertEquals(Set.of(), schema.attributes());
    assertEquals(Set.of(), schema.allowedValues("Any"));
    assertFalse(schema.hasAttribute("Arn"));
    assertFalse(schema.isStateful());
  }
}
