"""Round 29 (laws), review: the laws' reading stays within laws and the bodies of government.

Three findings of the review: (1) a law's allocation of state management ("Chính phủ thống nhất
quản lý nhà nước về …") was dropped from every document, a province's decision too; (2) a clause
that allocates and also asks work ("… thống nhất quản lý nhà nước về … và tổ chức kiểm tra …")
was dropped with the allocations; (3) the lead-in of an article for a class of subjects ("Tổ
chức, cá nhân kinh doanh hàng hóa có trách nhiệm sau đây:", a hospital) was taken for a duty
article's, so its points became tasks. A law's articles for a holder or a kind of body ("… của
người đứng đầu cơ quan, tổ chức", "… của cơ sở giáo dục") stay tasks: the laws' labels say so.
A decision's allocation stays its body's task, except as the first clause of that body's own
article ("Điều 4. Ủy ban nhân dân tỉnh", angiang-06 labels none). Documents invented for these
tests.
"""

from __future__ import annotations

from tests.unit.notices.test_round24_articles import _lead, _openings

_LAW = """QUỐC HỘI

Luật số: 41/2031/QH16

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

LUẬT

BẢO VỆ NGƯỜI TIÊU DÙNG

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Quốc hội ban hành Luật Bảo vệ người tiêu dùng.

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Luật này quy định về bảo vệ quyền lợi người tiêu dùng.

{chapter}
Điều 90. Hiệu lực thi hành

Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2032.

CHỦ TỊCH QUỐC HỘI

Nguyễn Văn Bình
"""

_STATE = """Chương III
QUẢN LÝ NHÀ NƯỚC

Điều 30. Trách nhiệm quản lý nhà nước về bảo vệ người tiêu dùng

1. Chính phủ thống nhất quản lý nhà nước về bảo vệ quyền lợi người tiêu dùng.

2. Bộ Công Thương là cơ quan đầu mối giúp Chính phủ thực hiện quản lý nhà nước về bảo vệ \
quyền lợi người tiêu dùng.

3. Ủy ban nhân dân cấp tỉnh thống nhất quản lý nhà nước về bảo vệ quyền lợi người tiêu dùng \
tại địa phương và tổ chức kiểm tra định kỳ các cơ sở kinh doanh trên địa bàn.

Điều 31. Nhiệm vụ, quyền hạn của Bộ Công Thương

Bộ Công Thương có các nhiệm vụ, quyền hạn sau đây:

1. Ban hành văn bản quy phạm pháp luật về bảo vệ người tiêu dùng;

2. Thanh tra, kiểm tra, xử lý vi phạm pháp luật về bảo vệ người tiêu dùng.

"""

_DECISION = """ỦY BAN NHÂN DÂN TỈNH SƠN ĐÔNG

Số: 22/2031/QĐ-UBND

Sơn Đông, ngày 10 tháng 5 năm 2031

QUYẾT ĐỊNH

Ban hành Quy chế quản lý tài nguyên nước

ỦY BAN NHÂN DÂN TỈNH SƠN ĐÔNG

Căn cứ Luật Tổ chức chính quyền địa phương;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý tài nguyên nước trên địa bàn tỉnh.

Điều 2. Tổ chức thực hiện

1. Sở Tài nguyên và Môi trường thống nhất quản lý nhà nước về tài nguyên nước trên địa bàn tỉnh.

2. Sở Nông nghiệp và Phát triển nông thôn thống nhất quản lý công tác thủy lợi về khai thác \
công trình, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2031.

3. Ủy ban nhân dân cấp huyện kiểm tra việc khai thác nước trên địa bàn.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Cường
"""


def test_a_decision_keeps_its_allocation_clauses() -> None:
    # a province's decision: its "Sở … thống nhất quản lý nhà nước về …" is the Sở's task
    sotnmt = ("Sở Tài nguyên và Môi trường",)
    assert _lead(_DECISION, "Sở Tài nguyên và Môi trường thống") == sotnmt
    assert _lead(_DECISION, "Sở Nông nghiệp và Phát triển nông thôn thống") is not None
    assert _lead(_DECISION, "Ủy ban nhân dân cấp huyện kiểm tra") == ("Ủy ban nhân dân cấp huyện",)
    # … a law's, under a title naming no body, is an allocation, no task
    law = _LAW.format(chapter=_STATE)
    assert _lead(law, "Chính phủ thống nhất") is None
    assert _lead(law, "Bộ Công Thương là cơ quan đầu mối") is None


def test_a_decisions_body_article_loses_its_own_allocation_only() -> None:
    # "Điều 4. Ủy ban nhân dân tỉnh" + its remit (angiang-06 labels none) + its work
    own = _DECISION.replace(
        "Điều 2. Tổ chức thực hiện",
        "Điều 2. Ủy ban nhân dân tỉnh\n\n1. Ủy ban nhân dân tỉnh thống nhất quản lý nhà nước về "
        "tài nguyên nước trên địa bàn tỉnh.\n\n2. Chỉ đạo, kiểm tra Ủy ban nhân dân cấp huyện.\n\n"
        "Điều 3. Tổ chức thực hiện",
    )
    assert _lead(own, "Ủy ban nhân dân tỉnh thống nhất") is None
    assert _lead(own, "Sở Tài nguyên và Môi trường thống") == ("Sở Tài nguyên và Môi trường",)


def test_an_allocation_that_also_asks_work_is_a_task() -> None:
    law = _LAW.format(chapter=_STATE)
    assert _lead(law, "Ủy ban nhân dân cấp tỉnh thống nhất") == ("Ủy ban nhân dân cấp tỉnh",)
    # the allocations alone stay out, the mandate's points stay in
    assert _lead(law, "Chính phủ thống nhất") is None
    assert _lead(law, "Ban hành văn bản quy phạm") == ("Bộ Công Thương",)
    assert _lead(law, "Thanh tra, kiểm tra, xử lý") == ("Bộ Công Thương",)


_SUBJECTS = """Chương II
TRÁCH NHIỆM CỦA TỔ CHỨC, CÁ NHÂN KINH DOANH

Điều 10. Trách nhiệm của người đứng đầu cơ quan, tổ chức, đơn vị

Người đứng đầu cơ quan, tổ chức, đơn vị có trách nhiệm sau đây:

1. Phổ biến quy định về bảo vệ người tiêu dùng trong cơ quan, đơn vị.

2. Xử lý kịp thời phản ánh của người tiêu dùng.

Điều 12. Trách nhiệm của tổ chức, cá nhân kinh doanh hàng hóa

Tổ chức, cá nhân kinh doanh hàng hóa có trách nhiệm sau đây:

1. Cung cấp thông tin chính xác về hàng hóa cho người tiêu dùng.

2. Bồi thường thiệt hại do hàng hóa có khuyết tật gây ra.

Điều 13. Trách nhiệm của người sử dụng lao động

1. Bảo đảm điều kiện an toàn cho người lao động.

2. Đóng bảo hiểm xã hội đầy đủ, đúng hạn.

"""


def test_a_traders_article_in_a_law_is_no_duty_article() -> None:
    law = _LAW.format(chapter=_SUBJECTS + _STATE)
    openings = _openings(law)
    assert not any(o.startswith(("Cung cấp thông tin", "Bồi thường")) for o in openings)
    assert not any(o.startswith("Tổ chức, cá nhân kinh doanh") for o in openings)
    # a holder's article stays read as the laws' labels read it (qh-29: "Trách nhiệm của người
    # đứng đầu cơ quan, tổ chức …" gives its points to the head)
    assert _lead(law, "Phổ biến quy định") == ("Người đứng đầu cơ quan, tổ chức, đơn vị",)
    # the bodies of government in the same law keep their points
    assert _lead(law, "Ban hành văn bản quy phạm") == ("Bộ Công Thương",)
    assert _lead(law, "Ủy ban nhân dân cấp tỉnh thống nhất") == ("Ủy ban nhân dân cấp tỉnh",)


_CIRCULAR = """BỘ Y TẾ

Số: 12/2031/TT-BYT

Hà Nội, ngày 10 tháng 5 năm 2031

THÔNG TƯ

Quy định về quản lý trang thiết bị y tế

Căn cứ Nghị định số 95/2022/NĐ-CP;

Bộ trưởng Bộ Y tế ban hành Thông tư quy định về quản lý trang thiết bị y tế.

Điều 1. Phạm vi điều chỉnh

Thông tư này quy định về quản lý trang thiết bị y tế.

Điều 5. Trách nhiệm của cơ sở khám bệnh, chữa bệnh

Cơ sở khám bệnh, chữa bệnh có trách nhiệm sau đây:

1. Kiểm định trang thiết bị y tế định kỳ.

2. Lưu giữ hồ sơ trang thiết bị y tế.

Điều 6. Trách nhiệm của Sở Y tế

Sở Y tế có trách nhiệm sau đây:

1. Kiểm tra việc quản lý trang thiết bị y tế trên địa bàn.

2. Báo cáo Bộ Y tế trước ngày 15 tháng 12 hằng năm.

Điều 7. Hiệu lực thi hành

Thông tư này có hiệu lực từ ngày 01 tháng 7 năm 2031.

BỘ TRƯỞNG

Trần Văn Dũng
"""


def test_an_operators_article_in_a_circular_stays_a_rule() -> None:
    openings = _openings(_CIRCULAR)
    assert not any(o.startswith(("Kiểm định trang thiết bị", "Lưu giữ hồ sơ")) for o in openings)
    assert _lead(_CIRCULAR, "Kiểm tra việc quản lý trang thiết bị") == ("Sở Y tế",)
    assert _lead(_CIRCULAR, "Báo cáo Bộ Y tế") == ("Sở Y tế",)


_GROUP = """Điều 32. Trách nhiệm của các bộ, cơ quan ngang bộ

1. Bộ Y tế thống nhất quản lý nhà nước về an toàn thực phẩm chức năng.

2. Các bộ, cơ quan ngang bộ phối hợp với Bộ Công Thương thực hiện quản lý nhà nước về bảo vệ \
người tiêu dùng.

"""


def test_a_title_naming_a_group_of_ministries_keeps_its_allocation() -> None:
    # review finding 4: "của các bộ, …" names its holders as "của Chính phủ, …" does
    law = _LAW.format(chapter=_STATE + _GROUP)
    assert _lead(law, "Bộ Y tế thống nhất") == ("Bộ Y tế",)
    assert _lead(law, "Các bộ, cơ quan ngang bộ phối hợp") == ("Các bộ, cơ quan ngang bộ",)
    assert _lead(law, "Chính phủ thống nhất") is None
