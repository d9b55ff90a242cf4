"""Failed log-ins are throttled per account and per address, with a clear message."""
import pytest
from django.core.cache import cache

from accounts.throttle import LOGIN_PER_ACCOUNT, LOGIN_PER_ADDRESS, Throttle, client_address
from tests.conftest import PASSWORD


@pytest.fixture(autouse=True)
def empty_cache(db):
    cache.clear()
    yield
    cache.clear()


def fail_login(client, username, times, address="10.0.0.1"):
    for _ in range(times):
        client.post("/accounts/login/", {"username": username, "password": "wrong"}, REMOTE_ADDR=address)


def test_a_throttle_blocks_after_its_limit_of_failures():
    throttle = Throttle("test", limit=3, window=60)

    for _ in range(3):
        throttle.record_failure("key")

    assert throttle.is_blocked("key")
    assert not throttle.is_blocked("other key")


def test_an_account_is_locked_after_too_many_failed_logins(client, teacher):
    fail_login(client, "teacher", LOGIN_PER_ACCOUNT.limit)

    response = client.post(
        "/accounts/login/", {"username": "teacher", "password": PASSWORD}, REMOTE_ADDR="10.0.0.2"
    )

    assert "Too many failed log-ins for this account" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_account_lock_ignores_the_case_of_the_username(client, teacher):
    fail_login(client, "TEACHER", LOGIN_PER_ACCOUNT.limit)

    assert LOGIN_PER_ACCOUNT.is_blocked("teacher")


def test_an_address_is_locked_after_too_many_failed_logins_across_accounts(client, teacher):
    for n in range(LOGIN_PER_ADDRESS.limit):
        fail_login(client, f"guess{n}", 1, address="10.9.9.9")

    response = client.post(
        "/accounts/login/", {"username": "teacher", "password": PASSWORD}, REMOTE_ADDR="10.9.9.9"
    )

    assert "Too many failed log-ins from this network" in response.content.decode()


def test_a_good_login_below_the_limit_succeeds_and_clears_the_account_count(client, teacher):
    fail_login(client, "teacher", LOGIN_PER_ACCOUNT.limit - 1)

    response = client.post("/accounts/login/", {"username": "teacher", "password": PASSWORD})

    assert response.status_code == 302
    assert not LOGIN_PER_ACCOUNT.is_blocked("teacher")


def test_the_client_address_is_the_proxy_appended_hop_only_behind_a_proxy(rf, settings):
    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7", REMOTE_ADDR="10.0.0.1")

    settings.BEHIND_TLS_PROXY = False
    assert client_address(request) == "10.0.0.1"
    settings.BEHIND_TLS_PROXY = True
    assert client_address(request) == "203.0.113.7"


def test_guessing_join_codes_is_throttled_per_address(client, classroom):
    from accounts.throttle import JOIN_CODE_PER_ADDRESS

    for n in range(JOIN_CODE_PER_ADDRESS.limit):
        client.post("/join/", {"join_code": f"WRONG{n}"}, REMOTE_ADDR="10.1.1.1")

    response = client.post(
        "/join/",
        {"join_code": classroom.join_code, "display_name": "Sam", "username": "sam",
         "password1": "a-long-pass-phrase-9", "password2": "a-long-pass-phrase-9"},
        REMOTE_ADDR="10.1.1.1",
    )

    assert "Too many wrong class codes from this network" in response.content.decode()
    assert not classroom.memberships.filter(student__username="sam").exists()


def test_the_right_join_code_works_from_another_address_meanwhile(client, classroom):
    from accounts.throttle import JOIN_CODE_PER_ADDRESS

    for n in range(JOIN_CODE_PER_ADDRESS.limit):
        client.post("/join/", {"join_code": f"WRONG{n}"}, REMOTE_ADDR="10.1.1.1")

    client.post(
        "/join/",
        {"join_code": classroom.join_code, "display_name": "Sam", "username": "sam",
         "password1": "a-long-pass-phrase-9", "password2": "a-long-pass-phrase-9"},
        REMOTE_ADDR="10.2.2.2",
    )

    assert classroom.memberships.filter(student__username="sam").exists()


def redis_reachable() -> bool:
    import socket

    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", 6379)) == 0


@pytest.mark.skipif(not redis_reachable(), reason="no Redis server on 127.0.0.1:6379")
def test_with_redis_configured_the_throttle_lives_in_redis(settings, client, teacher):
    import redis

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
        }
    }
    from django.core.cache import caches

    caches["default"].clear()
    fail_login(client, "teacher", LOGIN_PER_ACCOUNT.limit)

    keys = redis.Redis.from_url("redis://127.0.0.1:6379/15").keys("*throttle:login-account*")
    response = client.post("/accounts/login/", {"username": "teacher", "password": PASSWORD})
    assert keys
    assert "Too many failed log-ins for this account" in response.content.decode()
    caches["default"].clear()


def test_failures_by_email_and_by_username_count_against_the_same_account(client, teacher):
    fail_login(client, "teacher@school.example", LOGIN_PER_ACCOUNT.limit // 2)
    fail_login(client, "teacher", LOGIN_PER_ACCOUNT.limit - LOGIN_PER_ACCOUNT.limit // 2)

    assert LOGIN_PER_ACCOUNT.is_blocked("teacher")
