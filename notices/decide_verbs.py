""" "Quyết định" opening a duty point as its verb: "Quyết định vận hành các hồ theo thẩm quyền",
"Quyết định việc vận hành điều tiết hồ …", "Quyết định xả lũ …", "Quyết định phương án điều hòa
…", "Quyết định biện pháp khẩn cấp …" — what the holder a duty article names must decide.

The word is far more often the noun of a document ("Quyết định này có hiệu lực …", "Quyết định số
12/QĐ-UBND", "Quyết định nói trên …", "Quyết định chủ trương đầu tư …", "Quyết định phê duyệt
Báo cáo kinh tế - kỹ thuật" in a list of files), and a document's name can hold any noun or
verb, so no list of exceptions covers it: it counts as a verb only before what a holder decides
when it runs something — an operation, a discharge, a warning, a plan, a measure, a price, a
time, an order."""

from __future__ import annotations

DECIDES = (
    r"quyết định(?=\s+(?:việc|vận hành|điều tiết|xả|đóng|mở|tích nước|cảnh báo|phương án"
    r"|biện pháp|mức giá|thời điểm|lệnh)(?![^\W_]))"
)
