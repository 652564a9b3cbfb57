package io.tropo4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NamingTest {
  @Test
  void lowerCamelKeepsAcronymsReadable() {
    assertEquals("bucketName", Naming.lowerCamel("BucketName"));
    assertEquals("dbInstanceClass", Naming.lowerCamel("DBInstanceClass"));
    assertEquals("vpcZoneIdentifier", Naming.lowerCamel("VPCZoneIdentifier"));
    assertEquals("arn", Naming.lowerCamel("ARN"));
    assertEquals("readmePath", Naming.lowerCamel("readmePath"));
    assertEquals("websiteURL", Naming.lowerCamel("WebsiteURL"));
  }

  @Test
  void keywordsAndTakenNamesGetASuffix() {
    assertEquals("defaultProperty", Naming.propertyMethod("Default", Set.of()));
    assertEquals("typeProperty", Naming.propertyMethod("Type", Naming.RESOURCE_METHODS));
    assertEquals("type", Naming.propertyMethod("Type", Naming.STRUCT_METHODS));
    assertEquals("conditionProperty", Naming.propertyMethod("Condition", Naming.RESOURCE_METHODS));
    assertEquals("typeAttribute", Naming.attributeMethod("Type", Naming.RESOURCE_METHODS));
  }

  @Test
  void dottedAttributesJoinTheirParts() {
    assertEquals("endpointAddress", Naming.attributeMethod("Endpoint.Address", Set.of()));
    assertEquals("metadataTableConfigurationS3TablesDestinationTableArn",
        Naming.attributeMethod("MetadataTableConfiguration.S3TablesDestination.TableArn", Set.of()));
  }

  @Test
  void packagesAreLowerCaseAndNeverKeywords() {
    assertEquals("io.tropo4j.resources.ec2", Naming.packageName("ec2"));
    assertEquals("io.tropo4j.resources.package_", Naming.packageName("package"));
  }

  @Test
  void oddCharactersBecomeUnderscores() {
    assertEquals("a_b", Naming.identifier("a-b"));
    assertEquals("_1st", Naming.identifier("1st"));
    assertEquals("__b", Naming.identifier("-b"));
  }
}
