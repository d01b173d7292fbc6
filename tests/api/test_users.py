"""A region-admin manages the users of its own region; tokens are shown once and can be revoked."""

from __future__ import annotations

from tests.api.support import Api


def test_region_admin_creates_lists_and_revokes_users(api: Api):
    admin = api.as_("region-admin", "jambi")
    r = api.client.post("/regions/jambi/users", json={"name": "Ani", "role": "hr"}, headers=admin)
    assert r.status_code == 201, r.text
    created = r.json()
    token = created["token"]
    ani = {"Authorization": f"Bearer {token}"}
    assert api.client.get("/regions/jambi/cases", headers=ani).status_code == 200
    listed = api.client.get("/regions/jambi/users", headers=admin).json()
    assert "Ani" in [u["name"] for u in listed]
    assert token not in str(listed)
    assert all("token" not in u and "token_hash" not in u for u in listed)
    r = api.client.post(f"/regions/jambi/users/{created['id']}/revoke", headers=admin)
    assert r.status_code == 200
    assert r.json()["revoked_at"]
    assert api.client.get("/regions/jambi/cases", headers=ani).status_code == 401


def test_only_the_region_admin_of_that_region_manages_its_users(api: Api):
    body = {"name": "Budi", "role": "hr"}
    assert (
        api.client.post(
            "/regions/jambi/users", json=body, headers=api.as_("hr", "jambi")
        ).status_code
        == 403
    )
    assert (
        api.client.post(
            "/regions/jambi/users", json=body, headers=api.as_("region-admin", "medan")
        ).status_code
        == 404
    )
    assert (
        api.client.post("/regions/jambi/users", json=body, headers=api.as_("central")).status_code
        == 403
    )
    bad = api.client.post(
        "/regions/jambi/users",
        json={"name": "C", "role": "central"},
        headers=api.as_("region-admin", "jambi"),
    )
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "$.role"
