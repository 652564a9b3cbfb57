package io.tropo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterInputTest {
  @Test
  void pairsSplitAtTheFirstEquals() {
    assertEquals(Map.of("A", "x=y", "Subnets", "a,b"), ParameterInput.pairs(List.of("A=x=y", "Subnets=a,b"), "--param"));
    assertEquals(Map.of("Empty", ""), ParameterInput.pairs(List.of("Empty="), "--param"));
  }

  @Test
  void aPairWithoutEqualsIsNotRepeatedAsItMayBeASecret() {
    BadInput e = assertThrows(BadInput.class,
        () -> ParameterInput.pairs(List.of("A=1", "DatabasePassword:hunter22"), "PARAMS"));
    assertEquals("PARAMS: item 2 of 2 is not Key=Value (its text is not shown, as it may be a secret)", e.getMessage());
    assertEquals("--param: item 1 of 1 has no key before its '='",
        assertThrows(BadInput.class, () -> ParameterInput.pairs(List.of("=x"), "--param")).getMessage());
  }

  /** PARAMS is split as a shell splits words, so a value can hold spaces, quotes and '=' like any other. */
  @Test
  void paramsAreSplitAsAShellSplitsWords() {
    assertEquals(List.of("A=1", "B=two words", "C=it's", "D=\"q\"", "E=back\\slash", "F=", "G=a b"),
        ParameterInput.words("  A=1 B='two words'\tC=\"it's\" D='\"q\"' E=\"back\\\\slash\" F= G=a\\ b \n",
            "PARAMS"));
    assertEquals(Map.of("DatabasePassword", "pa ss \"w0rd\"", "Subnets", "subnet-1,subnet-2"),
        ParameterInput.pairs(ParameterInput.words("DatabasePassword='pa ss \"w0rd\"' Subnets=subnet-1,subnet-2",
            "PARAMS"), "PARAMS"));
    assertEquals(List.of(), ParameterInput.words("   ", "PARAMS"));
  }

  /** An open quote names the key whose value it is in, and shows nothing of the value. */
  @Test
  void anUnclosedQuoteNamesItsKeyAndNotItsValue() {
    BadInput e = assertThrows(BadInput.class,
        () -> ParameterInput.words("VpcId=vpc-1 DatabasePassword='secret words", "PARAMS"));
    assertEquals("PARAMS: the value of DatabasePassword opens a ' quote that is never closed", e.getMessage());
    assertEquals("PARAMS: item 2 opens a \" quote that is never closed",
        assertThrows(BadInput.class, () -> ParameterInput.words("A=1 \"oops", "PARAMS")).getMessage());
    // A secret cut off its key by a stray blank, with an '=' inside its open quote: none of it is shown.
    assertEquals("PARAMS: item 2 opens a \" quote that is never closed",
        assertThrows(BadInput.class, () -> ParameterInput.words("Password= \"s3=cret", "PARAMS")).getMessage());
    assertEquals("PARAMS: item 2 opens a ' quote that is never closed",
        assertThrows(BadInput.class, () -> ParameterInput.words("Password= 's3=cret", "PARAMS")).getMessage());
  }

  @Test
  void parametersFileInCloudFormationsFormat(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("params.json");
    Files.writeString(file, "[{\"ParameterKey\": \"Env\", \"ParameterValue\": \"prod\"},\n"
        + " {\"ParameterKey\": \"Size\", \"ParameterValue\": 3, \"UsePreviousValue\": false}]");
    assertEquals(Map.of("Env", "prod", "Size", "3"), ParameterInput.file(file));
    Files.writeString(file, "{\"Env\": \"prod\"}");
    assertTrue(assertThrows(BadInput.class, () -> ParameterInput.file(file)).getMessage().contains("JSON array"));
    Files.writeString(file, "[{\"ParameterKey\": \"Env\"}]");
    assertEquals("parameters file " + file + ", item 0 (line 1): needs a string ParameterKey and a ParameterValue",
        assertThrows(BadInput.class, () -> ParameterInput.file(file)).getMessage());
    assertEquals("parameters file " + dir.resolve("none.json") + " does not exist",
        assertThrows(BadInput.class, () -> ParameterInput.file(dir.resolve("none.json"))).getMessage());
  }

  @Test
  void aParametersFileThatIsNotJsonIsOneSentenceWithWhereAndNoneOfItsText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("p.json");
    Files.writeString(file, "[{\"ParameterKey\": \"Env\",\n  ParameterValue: \"hunter2\"}]");
    String message = assertThrows(BadInput.class, () -> ParameterInput.file(file)).getMessage();
    assertEquals("parameters file " + file + " is not JSON (it goes wrong at line 2, column 3); it must be a JSON "
        + "array of {\"ParameterKey\": ..., \"ParameterValue\": ...}", message);
  }
}
