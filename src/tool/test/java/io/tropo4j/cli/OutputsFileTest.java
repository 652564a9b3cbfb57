package io.tropo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputsFileTest {
  @Test
  void theOutputsAreJsonUnderTheStacksNameAndAnUnwritablePathIsExplained(@TempDir Path dir) throws Exception {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("URL", "https://example.com/?q=\"x\"");
    outputs.put("Note", "two\nlines");
    Path file = dir.resolve("outputs.json");
    OutputsFile.write(file, "web", outputs);
    assertEquals(Map.of("web", outputs), new ObjectMapper().readValue(Files.readString(file), Map.class));
    assertEquals(java.util.List.of("outputs.json"), Files.list(dir).map(p -> p.getFileName().toString()).toList());

    Path nowhere = dir.resolve("no/such/folder/outputs.json");
    assertEquals("the stack's outputs could not be written to " + nowhere + ": no such file or folder",
        assertThrows(OutputsFile.NotWritten.class, () -> OutputsFile.write(nowhere, "web", outputs)).getMessage());
  }
}
