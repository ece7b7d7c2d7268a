"""The conversation tests' fixtures on each test database: the demo org with the Bắc Sơn
notice's tasks (`demo`), or the org alone (`office`), loaded into `uow_factory`."""

from __future__ import annotations

import pytest
import yaml

from bot.demo import demo_file, load_demo_data
from handlers.load_org import load_org
from handlers.ports import UnitOfWorkFactory
from tests.conversation_support import TZ, Demo, Office, open_demo, open_office


@pytest.fixture
async def demo(uow_factory: UnitOfWorkFactory) -> Demo:
    await load_demo_data(uow_factory, TZ)
    return await open_demo(uow_factory)


@pytest.fixture
async def office(uow_factory: UnitOfWorkFactory) -> Office:
    await load_org(yaml.safe_load(demo_file("org.yaml")), uow_factory=uow_factory)
    return open_office(uow_factory)
