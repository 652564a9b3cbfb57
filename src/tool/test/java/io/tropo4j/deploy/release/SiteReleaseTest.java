package io.tropo4j.deploy.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SiteReleaseTest {
  private static Map<String, byte[]> files(String... pathsAndTexts) {
    Map<String, byte[]> files = new TreeMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  @Test
  void onlyWhatChangedIsInvalidatedAndTheRootWithTheIndex() {
    Map<String, byte[]> before = files("index.html", "v1", "app.js", "same", "old.css", "x");
    Map<String, byte[]> after = files("index.html", "v2", "app.js", "same", "new.css", "y");
    assertEquals(List.of("/", "/index.html", "/new.css", "/old.css"), SiteRelease.changedPaths(before, after));
    assertEquals(List.of(), SiteRelease.changedPaths(before, before));
  }

  @Test
  void manyPathsOrPathsThatNeedEscapingBecomeOneWildcard() {
    assertEquals(List.of("/a.js", "/img/b.png"), Invalidations.paths(List.of("/a.js", "/img/b.png")));
    assertEquals(List.of("/*"), Invalidations.paths(IntStream.range(0, 16).mapToObj(i -> "/f" + i).toList()));
    assertEquals(List.of("/*"), Invalidations.paths(List.of("/my file.html")));
  }

  @Test
  void eachFileHasItsMediaTypeAndHtmlIsNeverServedStale() {
    assertEquals("text/html; charset=utf-8", ContentTypes.contentType("index.html"));
    assertEquals("text/javascript; charset=utf-8", ContentTypes.contentType("js/app.js"));
    assertEquals("text/css; charset=utf-8", ContentTypes.contentType("style.CSS"));
    assertEquals("image/svg+xml", ContentTypes.contentType("favicon.svg"));
    assertEquals("application/octet-stream", ContentTypes.contentType("LICENSE"));
    assertEquals("no-cache", ContentTypes.cacheControl("index.html"));
    assertEquals("no-cache", ContentTypes.cacheControl("docs/page.htm"));
    assertEquals("public, max-age=31536000, immutable", ContentTypes.cacheControl("assets/app.3f9a1c2e.js"));
    assertEquals("public, max-age=300, s-maxage=31536000", ContentTypes.cacheControl("app.js"));
  }
}
