"""Tests of the sample application, run by `make test` with the project's .venv."""

import pytest

from app import create_app


@pytest.fixture
def client(tmp_path):
    release = tmp_path / "release.txt"
    release.write_text("webapp/0123abc.zip\n", encoding="utf-8")
    return create_app(release_file=release).test_client()


def test_index_shows_the_page_and_the_release(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Hello from tropo4j" in response.data
    assert b"webapp/0123abc.zip" in response.data


def test_health_is_ok_with_the_release(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "release": "webapp/0123abc.zip"}


def test_missing_release_file_is_reported_as_unknown(tmp_path):
    client = create_app(release_file=tmp_path / "absent.txt").test_client()
    assert client.get("/health").get_json()["release"] == "unknown"


def test_unknown_path_is_not_found(client):
    assert client.get("/nope").status_code == 404


def test_wsgi_entry_point_exposes_an_application():
    import wsgi

    assert callable(wsgi.application)
