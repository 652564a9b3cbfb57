package io.tropo4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.codegen.Spec.Property;
import io.tropo4j.codegen.Spec.ResourceType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecReaderTest {
  private final Spec spec = Fixture.spec();

  private ResourceType widget() {
    return spec.services().get(0).resources().get(2);
  }

  @Test
  void servicesAndResourcesAreSortedByName() {
    assertEquals(List.of("demo", "other"), spec.services().stream().map(Spec.Service::shortName).toList());
    assertEquals(List.of("AWS::Demo::Gadget", "AWS::Demo::Group", "AWS::Demo::Widget"),
        spec.services().get(0).resources().stream().map(ResourceType::cloudFormationType).toList());
    assertEquals(4, spec.resourceCount());
  }

  @Test
  void propertiesCarryTheirFacts() {
    Property name = widget().properties().get("Name");
    assertTrue(name.required());
    assertEquals(Spec.Replacement.YES, name.replacement());
    assertEquals(Spec.Replacement.MAYBE, widget().properties().get("Size").replacement());
    assertEquals("1", widget().properties().get("Size").defaultValue());
    assertTrue(widget().properties().get("Enabled").deprecated());
    assertEquals(List.of("FAST", "SLOW"), widget().properties().get("Mode").allowedValues());
    assertEquals(List.of(new Spec.Relationship("AWS::Other::Zone", "ZoneId")),
        widget().properties().get("Zones").relationships());
    assertFalse(widget().properties().get("Ratio").required());
  }

  @Test
  void typesKeepTheirShape() {
    assertEquals(new TypeRef.ArrayOf(new TypeRef.ArrayOf(TypeRef.STRING)), widget().properties().get("Matrix").type());
    assertEquals(new TypeRef.Union(List.of(TypeRef.JSON, TypeRef.STRING)), widget().properties().get("Policy").type());
    assertEquals(new TypeRef.ArrayOf(new TypeRef.TagType()), widget().properties().get("Tags").type());
    assertEquals(new TypeRef.Struct("t1"), widget().properties().get("Settings").type());
  }

  @Test
  void resourceFacts() {
    assertTrue(widget().stateful());
    assertEquals(List.of("Name"), widget().refIdentifier());
    assertEquals(new Spec.Tagging("Tags", Spec.Tagging.Variant.STANDARD), widget().tagging());
    assertEquals(8, widget().propertyTypes().size());
    assertEquals(Spec.Tagging.Variant.AUTOSCALING, spec.services().get(0).resources().get(1).tagging().variant());
  }

  @Test
  void somethingElseIsRejected() {
    IOException e = assertThrows(IOException.class,
        () -> SpecReader.read(new ByteArrayInputStream("{\"a\": 1}".getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("not a service specification"));
  }
}
