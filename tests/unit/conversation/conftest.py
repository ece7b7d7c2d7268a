"""The conversation tests without a database: the same fixtures as on SQL
(tests/integration/conversation/conftest.py) over the in-memory FakeUnitOfWork.

The demo data is parsed and loaded once per session; each test gets its own copy of the
store, so tests never see each other's writes."""

from __future__ import annotations

import pytest
import yaml

from bot.demo import demo_file, load_demo_data
from handlers.load_org import load_org
from tests.conftest import run_sync
from tests.conversation_support import TZ, Demo, Office, open_demo, open_office
from tests.fakes.uow import FakeStore, FakeUnitOfWorkFactory


@pytest.fixture(scope="session")
def _demo_store() -> FakeStore:
    factory = FakeUnitOfWorkFactory()
    run_sync(load_demo_data(factory, TZ))
    return factory.store


@pytest.fixture(scope="session")
def _org_store() -> FakeStore:
    factory = FakeUnitOfWorkFactory()
    run_sync(load_org(yaml.safe_load(demo_file("org.yaml")), uow_factory=factory))
    return factory.store


@pytest.fixture
def uow_factory() -> FakeUnitOfWorkFactory:
    """An empty in-memory store (the SQL tests' fixture of the same name is a database)."""
    return FakeUnitOfWorkFactory()


@pytest.fixture
async def demo(_demo_store: FakeStore) -> Demo:
    return await open_demo(FakeUnitOfWorkFactory(_demo_store.copy()))


@pytest.fixture
async def office(_org_store: FakeStore) -> Office:
    return open_office(FakeUnitOfWorkFactory(_org_store.copy()))
