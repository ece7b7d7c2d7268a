"""Understanding short phone questions: intents, periods, task ids, unit and person names."""

from handlers.nlu.model import DateRange, Intent, NameMatch, Understanding
from handlers.nlu.names import NameIndex
from handlers.nlu.understand import understand

__all__ = ["DateRange", "Intent", "NameIndex", "NameMatch", "Understanding", "understand"]
