"""The conversation tests that must also hold on a real database (SQLite, and PostgreSQL when
TEST_DATABASE_URL is set): a subset of tests/unit/conversation, which runs them all on the
in-memory FakeUnitOfWork. The fixtures here (`demo`, `office`, `uow_factory`) are the SQL ones.

Chosen for what only a database does: transactions across use cases (report → confirm,
extensions, an import failing half-way), the outbox and invites, the revision-keyed statistics
cache, SQL text search and scope, odd input reaching a query."""

from __future__ import annotations

from tests.unit.conversation.test_flows import (
    test_bad_input_changes_nothing,
    test_extension_request_then_approval,
    test_invite_links_a_chat_once,
    test_report_confirm_done,
    test_return_with_reason_reopens,
    test_statistics_follow_every_change_at_once,
)
from tests.unit.conversation.test_import import (
    test_an_import_failing_half_way_leaves_nothing,
    test_paste_preview_confirm_by_chat,
    test_plan_fans_groups_out_and_links_siblings,
    test_reimport_changes_nothing_and_only_linked_officials_are_told,
)
from tests.unit.conversation.test_lifecycle import (
    test_a_chair_hands_a_task_to_one_of_the_communes_officials,
    test_a_confirmed_task_is_reopened_with_a_reason,
    test_admins_correct_deadline_lead_support_and_text,
    test_cancel_with_a_reason_leaves_the_lists_and_keeps_the_history,
    test_each_decision_reaches_the_reporter_once,
    test_evidence_is_added_while_the_report_waits,
    test_extension_decisions_are_told_with_the_date_or_the_reason,
    test_extension_rules,
)
from tests.unit.conversation.test_recurring import (
    test_import_creates_the_current_occurrences_and_the_job_the_next,
)
from tests.unit.conversation.test_scope import (
    test_chair_sees_own_commune_not_a_neighbour,
    test_list_shows_exactly_the_scope,
    test_overdue_after_the_deadline,
    test_search_stays_in_scope,
    test_stats_count_exactly_the_scope,
)
from tests.unit.conversation.test_shared_names import (
    test_a_shared_office_name_means_the_askers_own,
)

__all__ = [
    "test_a_chair_hands_a_task_to_one_of_the_communes_officials",
    "test_a_confirmed_task_is_reopened_with_a_reason",
    "test_a_shared_office_name_means_the_askers_own",
    "test_admins_correct_deadline_lead_support_and_text",
    "test_an_import_failing_half_way_leaves_nothing",
    "test_bad_input_changes_nothing",
    "test_cancel_with_a_reason_leaves_the_lists_and_keeps_the_history",
    "test_chair_sees_own_commune_not_a_neighbour",
    "test_each_decision_reaches_the_reporter_once",
    "test_evidence_is_added_while_the_report_waits",
    "test_extension_decisions_are_told_with_the_date_or_the_reason",
    "test_extension_request_then_approval",
    "test_extension_rules",
    "test_import_creates_the_current_occurrences_and_the_job_the_next",
    "test_invite_links_a_chat_once",
    "test_list_shows_exactly_the_scope",
    "test_overdue_after_the_deadline",
    "test_paste_preview_confirm_by_chat",
    "test_plan_fans_groups_out_and_links_siblings",
    "test_reimport_changes_nothing_and_only_linked_officials_are_told",
    "test_report_confirm_done",
    "test_return_with_reason_reopens",
    "test_search_stays_in_scope",
    "test_statistics_follow_every_change_at_once",
    "test_stats_count_exactly_the_scope",
]
