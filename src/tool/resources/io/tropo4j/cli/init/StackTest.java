package @PACKAGE@;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.Templates;
import io.tropo4j.core.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class @CLASS@Test {
  @Test
  void itsTemplateIsValidAndKeepsTheBucket() {
    Template template = new @CLASS@().build();
    assertEquals(List.of(), Templates.validate(template));
    String json = Templates.toJson(template);
    assertTrue(json.contains("\"AWS::S3::Bucket\""), json);
    assertTrue(json.contains("\"DeletionPolicy\": \"Retain\""), json);
  }
}
