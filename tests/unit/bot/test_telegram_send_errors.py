"""What each Telegram error means to the dispatcher."""

from __future__ import annotations

from telegram import error as tg

from bot.telegram.sender import as_send_error
from handlers.sending import ChatBlocked, ChatMoved, PermanentError, RetryAfter, TransientError


def test_a_429_holds_only_its_chat() -> None:
    error = as_send_error(tg.RetryAfter(90))
    assert isinstance(error, RetryAfter)
    assert (error.seconds, error.chat_only) == (90, True)


def test_a_group_upgraded_to_a_supergroup_moves_the_chat() -> None:
    error = as_send_error(tg.ChatMigrated(-1001234567890))
    assert isinstance(error, ChatMoved)
    assert error.new_chat_ref == "-1001234567890"


def test_the_rest() -> None:
    assert isinstance(as_send_error(tg.Forbidden("bot was blocked by the user")), ChatBlocked)
    assert isinstance(as_send_error(tg.BadRequest("chat not found")), PermanentError)
    assert isinstance(as_send_error(tg.NetworkError("502")), TransientError)
