"""Verbs of heeding and giving that end an assignee's name: the work is their object.

"Các cơ sở giáo dục đại học lưu ý thực hiện …", "Đoàn đại biểu Quốc hội dành thời gian để nghiên
cứu …", "UBND cấp xã nêu cao trách nhiệm …", "Các cá nhân đều nắm rõ kế hoạch …": between the
name and the work stands a verb of attention (lưu ý, chú ý), of giving time or effort
(dành thời gian, cố gắng), of holding up (nêu cao, đề cao) or of grasping (nắm rõ, nắm vững),
or the adverb "đều" (all of them). None of them is a word of a body's name, so the first one
ends the name; they do not make a sentence a task on their own (notices.lexicon.ACTION_CUES does
that).
"""

from __future__ import annotations

HEED_VERBS: tuple[str, ...] = (
    # attention: "lưu ý thực hiện", "chú ý theo dõi", "đặc biệt lưu ý"
    "lưu ý", "luu y", "chú ý", "lưu tâm", "để ý", "để tâm", "đặc biệt lưu ý", "đặc biệt chú ý",
    # giving time, effort, attention: "dành thời gian", "giành thời gian" (a common misspelling);
    # never a bare "dành", which names whom a body serves ("Trung tâm … dành cho trẻ em")
    "dành thời gian", "dành nhiều thời gian", "dành sự quan tâm", "dành nguồn lực",
    "dành ưu tiên", "dành kinh phí", "giành thời gian", "cố gắng", "ra sức", "dốc sức",
    # holding a duty up: "nêu cao trách nhiệm", "đề cao vai trò", "gương mẫu chấp hành"
    "nêu cao", "đề cao", "gương mẫu", "nghiêm chỉnh",
    # grasping what is asked: "nắm rõ", "nắm vững", "hiểu rõ", "ghi nhớ"
    "nắm rõ", "nắm vững", "nắm chắc", "hiểu rõ", "ghi nhớ",
)  # fmt: skip

# "Các cá nhân đều nắm rõ …": every one of the named does the work. "Các trường đều đã tổ
# chức …" reports work done, and "đều" stays in the predicate for the tense words after it.
ALL_OF_THEM = r"đều(?!\s+(?:đã|được|đang|chưa|không|là|có)(?![^\W_]))"
