"""The WSGI entry point mod_wsgi loads (WSGIScriptAlias points here)."""

from app import create_app

application = create_app()
