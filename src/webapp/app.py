"""The sample web application the webapp stack serves: a page, and a health check for the load balancer."""

from pathlib import Path

from flask import Flask, jsonify, render_template_string

PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>tropo4j webapp</title></head>
<body>
  <h1>Hello from tropo4j</h1>
  <p>Served by Flask under Apache httpd and mod_wsgi, behind an Application Load Balancer.</p>
  <p>Release: <code>{{ release }}</code></p>
</body>
</html>
"""


def create_app(release_file=None):
    """Builds the app. The release file holds the S3 key the instance was provisioned from."""
    app = Flask(__name__)
    path = Path(release_file) if release_file else Path(__file__).with_name("release.txt")

    def release():
        try:
            return path.read_text(encoding="utf-8").strip() or "unknown"
        except OSError:
            return "unknown"

    @app.get("/")
    def index():
        return render_template_string(PAGE, release=release())

    @app.get("/health")
    def health():
        # The target group's health check: cheap, and independent of anything but the process.
        return jsonify(status="ok", release=release())

    return app
