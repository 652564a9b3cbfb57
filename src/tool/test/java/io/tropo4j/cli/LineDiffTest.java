package io.tropo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The line diff shows what changed and two lines around it, however long the texts. */
class LineDiffTest {
  /**
   * 2,001 lines make over 4 million pairs of lines, past which a table of them gave up and showed the
   * whole script removed and added again.
   */
  @Test
  void aOneLineEditInALongScriptIsThatLineAndItsContext() {
    List<String> before = script(2_001);
    List<String> after = new ArrayList<>(before);
    after.set(1_000, "echo 'step 1001, changed'");
    assertEquals(List.of(
        "...",
        "  echo 'step 999'",
        "  echo 'step 1000'",
        "- echo 'step 1001'",
        "+ echo 'step 1001, changed'",
        "  echo 'step 1002'",
        "  echo 'step 1003'",
        "..."), LineDiff.lines(before, after));
  }

  @Test
  void additionsAtTheStartAndTheEnd() {
    List<String> before = script(10);
    List<String> after = new ArrayList<>(before);
    after.addAll(0, List.of("#!/bin/bash", "set -euo pipefail"));
    after.add("echo done");
    assertEquals(List.of(
        "+ #!/bin/bash",
        "+ set -euo pipefail",
        "  echo 'step 1'",
        "  echo 'step 2'",
        "...",
        "  echo 'step 9'",
        "  echo 'step 10'",
        "+ echo done"), LineDiff.lines(before, after));
  }

  @Test
  void equalTextsShowNothing() {
    assertEquals(List.of(), LineDiff.lines(script(3), script(3)));
  }

  private static List<String> script(int lines) {
    return IntStream.rangeClosed(1, lines).mapToObj(i -> "echo 'step " + i + "'").toList();
  }
}
