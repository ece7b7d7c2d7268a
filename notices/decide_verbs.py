""" "Quyết định" opening a duty point as its verb: "Quyết định vận hành các hồ theo thẩm quyền",
"Quyết định việc vận hành điều tiết hồ …", "Quyết định xả lũ …", "Quyết định phương án điều hòa
…", "Quyết định biện pháp khẩn cấp …" — what the holder a duty article names must decide.

The word is far more often the noun of a document ("Quyết định này có hiệu lực …", "Quyết định số
12/QĐ-UBND", "Quyết định nói trên …", "Quyết định chủ trương đầu tư …", "Quyết định phê duyệt
Báo cáo kinh tế - kỹ thuật" in a list of files), and a document's name can hold any noun or
verb, so no list of exceptions covers it: it counts as a verb only before what a holder decides
when it runs something — an operation, a discharge, a warning, a plan, a measure, a price, a
time, an order, a number of staff, a transfer of a firm or of an owner's rights ("Quyết định
chuyển giao quyền và nghĩa vụ của đại diện chủ sở hữu …", "… quyết định chuyển Công ty mẹ
…"); a transfer of anything else ("Quyết định chuyển công tác số …", "Quyết định chuyển xếp
lương …", "Quyết định chuyển đổi …") names a document. "Quy định" likewise: the noun of a
rulebook ("Quy định về …", "Quy định này …") far more often than the verb of one who sets a
standard, a number, a make-up, a rate, a regime, a condition, a procedure or a list
("Quy định tiêu chuẩn cán bộ …")."""

from __future__ import annotations

DECIDES = (
    r"quyết định(?=\s+(?:cụ thể\s+)?(?:việc|vận hành|điều tiết|xả|đóng|mở|tích nước|cảnh báo"
    r"|phương án|biện pháp|mức giá|thời điểm|lệnh|số lượng|biên chế"
    # "… chuyển giao quyền và nghĩa vụ …", "… chuyển Công ty mẹ …": a firm or an owner's rights
    # moved; "Quyết định chuyển công tác số …", "Quyết định chuyển xếp lương …" are documents
    r"|chuyển giao quyền|chuyển\s+(?:công ty|tổng công ty|doanh nghiệp))(?![^\W_]))"
    # "Quy định tiêu chuẩn cán bộ …", "Quy định thành phần của Hội đồng …": what a holder sets
    r"|quy định(?=\s+(?:tiêu chuẩn|số lượng|thành phần|chức danh|định mức|mức chi|mức thu"
    r"|chế độ|điều kiện|trình tự|danh mục|khung)(?![^\W_]))"
)
