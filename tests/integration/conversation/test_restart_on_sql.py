"""A restart in the middle of an import preview, a numbered question and a paged list, on each
test database (SQLite, and PostgreSQL when TEST_DATABASE_URL is set): the tests of
tests/unit/conversation/test_restart.py over the SQL fixtures."""

from __future__ import annotations

from tests.unit.conversation.test_restart import (
    test_a_numbered_question_is_answered_after_a_restart,
    test_a_paged_list_goes_on_after_a_restart,
    test_a_preview_naming_a_unit_gone_since_imports_nothing,
    test_a_remembered_list_shows_nothing_outside_the_askers_scope_now,
    test_an_expired_import_preview_imports_nothing,
    test_an_expired_list_is_not_paged,
    test_an_expired_question_is_not_answered,
    test_an_import_preview_is_confirmed_after_a_restart,
    test_nhap_then_the_pasted_text_after_a_restart,
)

__all__ = [
    "test_a_numbered_question_is_answered_after_a_restart",
    "test_a_paged_list_goes_on_after_a_restart",
    "test_a_preview_naming_a_unit_gone_since_imports_nothing",
    "test_a_remembered_list_shows_nothing_outside_the_askers_scope_now",
    "test_an_expired_import_preview_imports_nothing",
    "test_an_expired_list_is_not_paged",
    "test_an_expired_question_is_not_answered",
    "test_an_import_preview_is_confirmed_after_a_restart",
    "test_nhap_then_the_pasted_text_after_a_restart",
]
