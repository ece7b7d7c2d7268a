"""Reminder scheduling: rules that write outbox rows, and the dispatcher that sends them."""
