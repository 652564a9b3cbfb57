package io.tropo4j.deploy.release;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The headers a site's file is served with: its media type, and how long it may be cached, and where. */
final class ContentTypes {
  private ContentTypes() {}

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("htm", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("map", "application/json"),
      Map.entry("webmanifest", "application/manifest+json"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("xml", "application/xml"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("avif", "image/avif"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff", "font/woff"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("ttf", "font/ttf"),
      Map.entry("wasm", "application/wasm"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("zip", "application/zip"),
      Map.entry("yaml", "application/yaml"),
      Map.entry("yml", "application/yaml"));

  /** A name that carries its content's hash (app.3f9a1c2e.js) never changes content: cache it for good. */
  private static final Pattern FINGERPRINTED = Pattern.compile(".*[.-][0-9a-f]{8,}\\.[a-z0-9]+$");

  static String contentType(String path) {
    return TYPES.getOrDefault(extension(path), "application/octet-stream");
  }

  /**
   * HTML is revalidated on every request, so a release is seen at once. A fingerprinted file is cached
   * for a year everywhere. Any other file keeps its name across releases: CloudFront caches it for a
   * year (each release invalidates what changed), a browser for five minutes, as nothing can reach
   * into a browser's cache.
   */
  static String cacheControl(String path) {
    String extension = extension(path);
    if (extension.equals("html") || extension.equals("htm")) {
      return "no-cache";
    }
    if (FINGERPRINTED.matcher(path.toLowerCase(Locale.ROOT)).matches()) {
      return "public, max-age=31536000, immutable";
    }
    return "public, max-age=300, s-maxage=31536000";
  }

  private static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
