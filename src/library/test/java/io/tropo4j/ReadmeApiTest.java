package io.tropo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.testing.Compiler;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's "API in 30 lines" compiles without a warning, and its template validates and emits. */
class ReadmeApiTest {
  @Test
  void theApiExampleCompilesAndEmits() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int section = readme.indexOf("## The API in 30 lines");
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    String example = readme.substring(start, readme.indexOf("```\n", start));
    String source = """
        import io.tropo4j.Templates;
        import io.tropo4j.core.*;
        import io.tropo4j.fn.*;
        import io.tropo4j.resources.s3.Bucket;
        import java.util.List;
        public class Example {
          public static String[] run() {
        """ + example + """
            return new String[] {json, yaml};
          }
        }
        """;
    Compiler.Result result = Compiler.compile(Map.of("Example.java", source));
    assertEquals(List.of(), result.errors());
    assertEquals(List.of(), result.warnings());
    Method run = result.loader().loadClass("Example").getMethod("run");
    String[] texts = (String[]) run.invoke(null);
    assertTrue(texts[0].contains("\"Fn::Join\""), texts[0]);
    assertTrue(texts[1].contains("!Join"), texts[1]);
  }
}
