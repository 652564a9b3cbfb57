package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.Templates;
import io.tropo4j.core.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a user's own test of a stack looks like: it validates, and it says what it must. */
class OrderEventsStackTest {
  private final Template template = new OrderEventsStack().build();

  @Test
  void validatesWithNoProblem() {
    assertEquals(List.of(), Templates.validate(template));
  }

  @Test
  void onlyTheTopicMaySendToTheWorkQueue() {
    String json = Templates.toJson(template).replaceAll("\\s", "");
    assertTrue(json.contains("\"Condition\":{\"ArnEquals\":{\"aws:SourceArn\":{\"Ref\":\"OrderEvents\"}}}"), json);
  }
}
