"""Word lists of Vietnamese administrative language: heads of body names, groups, verbs, places.

Every entry is lower-case NFC with new-style tone marks (see text.canonical_tone), because the
parser matches on `text.match_form()` of the notice. Lists are data, kept out of the rules; each
list is one comma-separated string so it reads like a glossary.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(" ".join(word.split()) for word in text.split(",") if word.strip())


def _fields(text: str) -> tuple[str, ...]:
    return tuple(" ".join(word.split()) for word in text.split(";") if word.strip())


# Nouns that open the name of a body ("Phòng Nội vụ", "Kho bạc nhà nước tỉnh", "UBND huyện").
ORG_HEADS: tuple[str, ...] = _words(
    """
    văn phòng, phòng, sở, ban, bộ, tổng cục, chi cục, cục, vụ, viện, học viện, trung tâm, chi
    nhánh, kho bạc, ubnd, ủy ban nhân dân, ủy ban, ubmttq, ub mttq, hđnd, hội đồng nhân dân,
    hội đồng,
    thường trực, thường vụ, công an, bộ chỉ huy, ban chỉ huy, bộ đội, bhxh, bảo hiểm xã hội, mặt
    trận, mttq, liên đoàn, liên hiệp, liên minh, hội, đoàn, tỉnh đoàn, huyện đoàn, thành đoàn,
    trung ương hội, trung ương đoàn, công đoàn, cđcs,
    huyện ủy, tỉnh ủy,
    thành ủy, thị ủy, quận ủy, đảng ủy, đảng đoàn, ban cán sự, chi bộ, đảng bộ, tổ, đội, trường,
    khoa, trạm,
    bệnh viện, đài, báo, bưu điện, điện lực, ngân hàng, quỹ, công ty, tổng công ty, tập đoàn,
    thanh tra, tòa án, viện kiểm sát, hạt, chính phủ, thủ tướng, bộ phận, hiệp hội, vp, kbnn,
    tổ chức pháp chế,
    ubkt, bql, bcđ, bch, syt, btl quân khu, btl quân chủng, btl vùng, btl binh chủng, btl bộ đội,
    btl thủ đô, btl cảnh sát, đại học, thông tấn xã, đại sứ quán, tổng lãnh sự quán,
    lãnh sự quán,
    chủ đầu tư, nhà đầu tư, doanh nghiệp, chủ rừng, nhà thầu, hợp tác xã, chủ dự án, chủ cơ sở,
    nhà cung cấp, cơ sở giáo dục, cơ sở đào tạo, cơ sở khám chữa bệnh, cơ sở y tế,
    kiểm toán nhà nước, kiểm toán khu vực,
    thành phố, tỉnh, thuế tỉnh, thuế thành phố, thuế cơ sở, thôn, ấp, xóm, khóm, khu phố, tổ
    dân phố, hải quan việt nam, hải quan khu vực, hải quan tỉnh, hải quan thành phố
    """
)

# Heads of the names an org file gives its units, which users drop or abbreviate when they
# write a name ("phòng nội vụ" ~ "nội vụ", "UBND xã Long Đống" ~ "Long Đống"): bodies and
# places. The conversation core folds this list; it is the one list of unit head nouns.
UNIT_HEADS: tuple[str, ...] = _words(
    """
    ủy ban nhân dân, ubnd, văn phòng, vp, trung tâm, chi cục, phòng, sở, ban, thị trấn, thành
    phố, đặc khu, thị xã, phường, xã, huyện, tỉnh, tp, tt, p
    """
)

# Word pairs that start with a head noun but are not bodies ("Hội nghị", "ban hành", "bộ máy").
NOT_ORG: tuple[str, ...] = _words(
    """
    hội nghị, hội thảo, hội viên, ban hành, ban đầu, bộ máy, bộ chỉ số, bộ tiêu chí, bộ thủ tục,
    bộ hồ sơ, trường hợp, đội ngũ, tổ chức, đoàn thể, đoàn kết, phòng chống, phòng ngừa,
    báo cáo, báo chí, vụ việc, quỹ đất, quỹ thời gian, viện dẫn, hạt nhân, cục bộ, đài
    phát, ban ngành, sở cứ, tổ hợp, đội hình, trường học, thường xuyên, thường trực của, khoa học,
    khoa học công nghệ, khoa học và công nghệ
    """
)

# Nouns that, after "các/mỗi/những", name a group of bodies or officials.
GROUP_NOUNS: tuple[str, ...] = _words(
    """
    cơ quan, đơn vị, địa phương, sở, ngành, phòng, ban, xã, phường, thị trấn, đặc khu, huyện,
    thành phố, thị xã, quận, tỉnh, tổ chức, đoàn thể, hội, đồng chí, thành viên, cấp, chi bộ,
    đảng bộ, chi, trường, khoa, trạm, cán bộ, công chức, viên chức, bộ, cơ sở, ủy viên, phó chủ
    tịch, lãnh
    đạo, chủ đầu tư, ban quản lý, trung tâm, thôn, ấp, xóm, khóm, tổ, ngân hàng, doanh nghiệp
    nhà nước, cấp ủy,
    thủ trưởng, chủ tịch, bí thư, giám đốc, phó thủ tướng, thứ trưởng, ubnd, hđnd, ủy ban, tập
    thể, cá nhân, hộ gia đình
    """
)
# Kinds of institution that, after "các/mỗi/những", name a group too ("Các thư viện, bảo tàng
# …"); a passive after them ("Các thư viện được bổ sung sách …") is no work of theirs
INSTITUTION_NOUNS: tuple[str, ...] = _words(
    """
    thư viện, bảo tàng, nhà xuất bản, khách sạn, nhà hát, rạp, câu lạc bộ, nhà văn hóa, khu di
    tích, nhà truyền thống, bến xe, nhà ga, hãng hàng không
    """
)
GROUP_NOUNS += INSTITUTION_NOUNS

# The people a school or university notice addresses, named bare as the doers of its requests
# ("Đề nghị sinh viên … nộp lệ phí …", "Yêu cầu giám thị giám sát …", "Giảng viên ghi rõ …").
PEOPLE_GROUPS: tuple[str, ...] = _words(
    """
    sinh viên, học sinh, học viên, nghiên cứu sinh, giảng viên, giáo viên, giám thị, cán bộ coi
    thi, thí sinh, người học
    """
)

# Determiners that open a group ("các Sở, ngành", "mỗi đơn vị").
GROUP_STARTS: tuple[str, ...] = _words(
    """
    tất cả các, toàn bộ các, các, mỗi, những, từng
    """
)

# Titles and roles that open an assignee phrase ("Giám đốc các Sở", "Chủ tịch UBND các xã").
ROLE_WORDS: tuple[str, ...] = _words(
    """
    phó thủ tướng, chủ nhiệm, phó chủ nhiệm, thứ trưởng, tổng cục trưởng, phó trưởng ban,
    thủ trưởng, tổng giám đốc, phó giám đốc, giám đốc, phó chủ tịch, chủ tịch, phó bí thư, bí
    thư, phó trưởng, trưởng ban, trưởng phòng, trưởng, người đứng đầu, lãnh đạo, cấp ủy, chính
    quyền, huyện ủy viên, tỉnh ủy viên, ủy viên, thành viên, cán bộ, công chức, viên chức, bộ
    trưởng, thủ tướng, chánh văn phòng, phó chánh văn phòng, chánh thanh tra, hiệu trưởng, cục
    trưởng, chi cục trưởng, tổ trưởng, tổ công tác, kế toán, văn thư, thủ quỹ, chuyên viên,
    nhân viên, cán bộ phụ trách, người phụ trách, trưởng thôn, trưởng bản, trưởng khu phố,
    viện trưởng, phó viện trưởng, chánh án, phó chánh án, chỉ huy trưởng, phó chỉ huy trưởng,
    tổng biên tập, thư ký
    """
)

# Words before a person's name ("đồng chí Phạm Văn Nghị").
PERSON_MARKERS: tuple[str, ...] = _words(
    """
    đồng chí, đ/c, đc
    """
)

# Verbs, roles, modals and adverbs: the first one after a subject ends the subject phrase.
ACTION_WORDS: tuple[str, ...] = _words(
    """
    lãnh đạo chỉ đạo, lãnh đạo và chỉ đạo,
    phun, phun khử khuẩn, khử khuẩn, tiêu độc, tiêm phòng, soạn, phát sóng, dọn dẹp,
    dọn vệ sinh, treo cờ, treo băng rôn, trang trí, cung ứng, chi trả, thanh toán, quyết toán,
    kiểm đếm, ra quân, trồng cây, khám sàng lọc, cân đối, nhắc nhở,
    triển khai, thực hiện, tổ chức, xây dựng, hoàn thành, hoàn thiện, rà soát, cập nhật, báo
    cáo, tham mưu, đề xuất, hướng dẫn, đôn đốc, kiểm tra, giám sát, theo dõi, tăng cường, đẩy
    mạnh, đẩy nhanh, nâng cao, tiếp tục, tập trung, chủ động, tích cực, khẩn trương, nghiêm túc,
    quán triệt, bố trí, sắp xếp, lựa chọn, đăng ký, nghiên cứu, ban hành, trình, chuẩn bị, phối
    hợp, chủ trì, chỉ đạo, tuyên truyền, phổ biến, thu thập, tổng hợp, đánh giá, khắc phục, cải
    thiện, duy trì, bám sát, nắm bắt, xử lý, giải quyết, thống kê, công khai, niêm yết, số hóa,
    cung cấp, hỗ trợ, bảo đảm, đảm bảo, quan tâm, phát huy, chấn chỉnh, kiểm điểm, xem xét, gửi,
    phấn đấu, quyết tâm, làm việc, tiếp nhận, phê duyệt, thẩm định, kiện toàn, phân công, ưu
    tiên, đổi mới, tập huấn, bồi dưỡng, đào tạo, vận động, sửa đổi, bổ sung, tiến hành, tiếp
    thu, hoàn chỉnh, thông báo, cử, tham gia, lập, soạn thảo, dự thảo, tổng kết, sơ kết, giải
    ngân, thu hồi, bàn giao, vận hành, quyết liệt, kịp thời, thường xuyên, định kỳ, phải, cần,
    có trách nhiệm, chịu trách nhiệm, là cơ quan, là đơn vị, là đầu mối, được giao, trực tiếp,
    thành lập,
    nhanh chóng, sớm, cùng, đã, đang, sẽ, vẫn, còn, chưa, không, là, theo dõi, rà, chủ động,
    dừng, tạm dừng, điều chỉnh, tháo gỡ, đối chiếu, thanh tra, hoàn tất, nộp, trả lời, giải
    trình, mở rộng, nhân rộng, ứng dụng, hằng, hàng tháng, hàng quý, hàng năm, hàng tuần, hàng
    ngày, trong thời gian, thời gian tới, từ nay, trước ngày, chậm nhất, trong năm, trong tháng,
    trong quý, trong việc, trong quá trình, theo, tại, về, để, nhằm, với, giao, đề nghị, yêu
    cầu, nhận, đạt, có văn bản, có ý kiến, có kế hoạch, kết luận, thống nhất, đồng ý, chấp
    thuận, biểu dương, ghi nhận, nhất trí, tìm kiếm, khảo sát, nỗ lực, trên cơ sở, căn cứ, trong
    phạm vi, thu gom, di dời, vận chuyển, phòng ngừa, ngăn chặn, giải phóng, đền bù, bồi thường,
    thi công, nghiệm thu, lắp đặt, sửa chữa, cải tạo, nâng cấp, hạn chế, tạm dừng, cho phép, dự
    trù, cấp phát, bảo quản, cụ thể hóa, xác định, đi đầu, chú trọng, chăm lo, coi trọng, thúc
    đẩy, củng cố, khuyến khích, huy động, treo, kiên quyết, cắt giảm, đơn giản hóa, bãi bỏ, siết
    chặt, loại bỏ, rút ngắn, lồng ghép, đăng tải, phát hành, lan tỏa, làm chủ, làm đầu mối,
    thừa ủy quyền, thay mặt, trao đổi, lấy ý kiến, họp, xuất cấp, triệu tập, hòa giải, hoà giải,
    kiến nghị xử lý, đưa tin, đăng thông báo, đăng tin, đăng bài, đăng công khai, quy định cụ
    thể, quy định chi tiết, dự kiến, nhắc nhở, rút kinh nghiệm,
    cơ bản nhất trí, cơ bản thống nhất, cơ bản đồng ý
    """
)

# "Điều 4. Sở Tài chính có nhiệm vụ" over its points, "Phòng Y tế có nhiệm vụ tổng hợp …", "Tổ
# công tác có các nhiệm vụ sau:": the duty a body has, said after its name as "có trách nhiệm"
# is; it ends the name where nothing, a colon or the work follows ("các nhóm công chức có nhiệm
# vụ tương đồng" keeps it: which ones). "Đoàn kiểm tra có nhiệm vụ và quyền hạn sau đây:" too,
# and a licence's "Công ty … có các nghĩa vụ sau:"; a founded body's "Học viện … có chức năng và
# nhiệm vụ chính sau đây:".
DUTY_PHRASE = (
    r"có\s+(?:các\s+)?(?:(?:chức\s+năng\s*(?:,|và)\s*)?nhiệm\s+vụ(?:\s*(?:,|và)\s*quyền\s+hạn)?"
    r"|nghĩa\s+vụ(?=\s+(?:như\s+)?sau|\s*:))"
    r"(?:\s+(?:cụ\s+thể\s+|chủ\s+yếu\s+|chính\s+)?(?:như\s+)?sau(?:\s+đây)?)?"
)

# Verbs and adverbs that open a predicate even when written with a capital, as some notices do
# ("Giao Sở Xây dựng Theo dõi, đôn đốc …"): after a name that does not end in a head noun, one of
# them ends the subject ("Sở Xây dựng" itself stays whole: "Xây dựng" follows the head "Sở").
PREDICATE_STARTS: tuple[str, ...] = _words(
    """
    khẩn trương, chủ động, tiếp tục, tập trung, rà soát, tổ chức, xây dựng, tham mưu, hướng dẫn,
    kiểm tra, triển khai, phối hợp, đôn đốc, chỉ đạo, nghiên cứu, báo cáo, hoàn thiện, tìm kiếm,
    giải quyết, bố trí, theo dõi, thực hiện, chủ trì, có trách nhiệm, chịu trách nhiệm, nghiêm
    túc, quyết liệt, đẩy nhanh, đẩy mạnh, tăng cường, xử lý, cập nhật, hoàn thành, chia sẻ,
    cung cấp, phải, cần, kịp thời, khảo sát, lập, trình, tổng hợp, đề xuất, cụ thể hóa, xác
    định
    """
)

# Words that end a subject but do not make a sentence a task on their own.
_NOT_CUES: tuple[str, ...] = _words(
    """
    cùng, đã, đang, sẽ, vẫn, còn, chưa, không, là, trong thời gian, thời gian tới, trong việc,
    trong quá trình, theo, tại, về, để, nhằm, với, nhận, đạt, kết luận, biểu dương, ghi nhận,
    thừa ủy quyền, thay mặt, họp, dự kiến, cơ bản nhất trí, cơ bản thống nhất, cơ bản đồng ý
    """
)

# Action cues that make an unassigned sentence worth keeping as a task.
ACTION_CUES: tuple[str, ...] = tuple(w for w in ACTION_WORDS if w not in _NOT_CUES)


# Verbs a point opens with when it hands its body work ("Rà soát …", "Tạo điều kiện …"): the
# action cues that are verbs, and work verbs that only open points. Not here: what frames the
# work ("căn cứ", "trên cơ sở"), adverbs (notices.imperatives reads past them), approvals
# ("thống nhất", "chấp thuận", "cho phép") and words that also open statements ("có", "đạt").
_FRAMES_NOT_VERBS = frozenset(
    _words(
        """
    trên cơ sở, căn cứ, trong phạm vi, giao, đề nghị, yêu cầu, thống nhất, đồng ý, chấp thuận,
    nhất trí, cho phép, có văn bản, có ý kiến, có kế hoạch, phải, cần, có trách nhiệm, chịu trách
    nhiệm, là cơ quan, là đơn vị, là đầu mối, được giao, trực tiếp, hằng, hàng tháng, hàng quý,
    hàng năm, hàng tuần, hàng ngày, từ nay, trước ngày, chậm nhất, trong năm, trong tháng, trong
    quý, kịp thời, thường xuyên, định kỳ, quyết liệt, nhanh chóng, sớm, tích cực, nghiêm túc,
    khẩn trương, chủ động, tiếp tục, kiên quyết, phấn đấu, quyết tâm
    """
    )
)
WORK_VERBS: tuple[str, ...] = tuple(w for w in ACTION_CUES if w not in _FRAMES_NOT_VERBS) + _words(
    """
    quản lý, kiểm soát, phát triển, bảo vệ, giữ vững, giữ gìn, nhận diện, ra mắt, chọn, chọn mẫu,
    sử dụng, áp dụng, tạo điều kiện, tăng, giảm, phân bổ, đầu tư, xác minh, điều tra, truy quét,
    tuần tra, ứng phó, sơ tán, cảnh báo, khôi phục, phục hồi, công bố, đăng, mua sắm, phân cấp,
    kết hợp, định hướng, tối ưu, làm mới, chuẩn hóa, ký, ký kết, cân đối, cung ứng, khen thưởng,
    tự kiểm tra, tiết kiệm, thanh toán, chi trả, trích, tìm, làm rõ, phân tích, dự báo, bảo dưỡng,
    vệ sinh, tiếp cận, hợp tác, liên kết, phòng chống, ngăn ngừa, xử phạt, cưỡng chế, giám định,
    kiểm định, kiểm kê, quy hoạch, sắp xếp, bổ nhiệm, điều động, luân chuyển, tuyển dụng, gặp gỡ,
    đối thoại, nắm, chia sẻ, kết nối, tích hợp, liên thông, đồng bộ, chuyển đổi, chuyển,
    mở, khai thác, tận dụng, tranh thủ, phát động, phát hiện, dọn, dọn dẹp, khắc phục, gia cố,
    kiểm đếm, thống kê, lấy mẫu, quan trắc, tiêm, phun, nộp, quyết toán, tạm ứng, nhập,
    lưu trữ, công nhận, biên soạn, tái cơ cấu, cơ cấu lại, hoạch định, thiết lập, thiết kế,
    lắp, sửa, thay thế, trang bị, cài đặt, mời, tiếp đón, phân loại, xếp loại, chấm điểm,
    bình xét, quán triệt, học tập, giáo dục, truyền thông, quảng bá, xúc tiến, thu hút, đề ra,
    đặt hàng, giao ban, sáp nhập, hợp nhất, giải thể, tinh gọn, đôn đốc, giúp, tăng tốc, rút,
    rút kinh nghiệm, làm tốt, giới thiệu, khánh thành, thông xe, khởi công, đưa vào, tuân thủ,
    chấp hành, thi hành, sẵn sàng, ủy quyền, nắm chắc, cứu hộ, cứu nạn, cứu trợ, thăm hỏi, động
    viên, tiêu độc, khử trùng, bình ổn, điều tiết, xuất cấp, miễn, giãn, gia hạn, khoanh nợ, cho
    vay, ứng trước, kỷ luật, kiểm toán, truy tố, xét xử, đấu tranh, triệt phá, bắt giữ, tấn công,
    trấn áp, làm sạch, xác thực, định danh, hưởng ứng, đàm phán, canh gác, trực ban, ứng trực,
    phản hồi, tinh giản, thực thi, xây mới, giải phóng mặt bằng, tái định cư, đo đạc, cắm mốc,
    chứng thực, dành, tặng, tặng quà, ổn định, khoanh vùng, cách ly, giám sát chặt, hoàn trả,
    bổ nhiệm, miễn nhiệm, thẩm tra, soát xét, lấy ý kiến, tổ chức lại, sắp xếp lại, thống nhất
    quản lý, đối soát, kê khai, khai báo, đăng ký, kiểm điểm, xác nhận, hoàn thiện, giải
    thích, tiếp xúc, vận hành thử, chạy thử, diễn tập, huấn luyện, tổng rà soát, tổng kiểm tra,
    ủy thác, chỉ định, phân định, xác lập, lập hồ sơ, rà soát lại, thay đổi, điều phối, điều hành,
    điều hòa, điều chuyển, học hỏi, xây dựng lại, hoàn nguyên, tái thiết, dựng lại, sửa sang,
    nạo vét, khơi thông, cứu chữa, điều trị, cấp cứu, truy vết, kiểm dịch, tiêu hủy, thu giữ,
    tạm giữ, xử lý nghiêm, răn đe, quản lý chặt chẽ, lập danh sách, đánh giá lại, tham gia ý kiến,
    góp ý, cho ý kiến, phản biện, đồng bộ hóa, chia sẻ dữ liệu, bảo trì, lựa chọn nhà thầu,
    thanh lý, cấp phép, thu hồi giấy phép, đình chỉ, tạm đình chỉ, truy cứu, khởi tố, xuất bản,
    in ấn, phát sóng, đưa tin, lập bản đồ, định vị, giao đất, cho thuê đất, thu hồi đất, giải tỏa,
    tháo dỡ, phá dỡ, san lấp, giao vốn, hoàn ứng, miễn giảm, xóa nợ, bảo lãnh, tái cấp vốn,
    kêu gọi đầu tư, hủy bỏ, nhắc nhở, chăm sóc, biệt phái, di tản, báo động, tích trữ, phân phối,
    phân phát, tổ chức thực hiện, triển khai thực hiện, kết thúc, chuyển giao, tiếp quản, giúp đỡ,
    tư vấn, giải đáp, tiếp công dân, lắng nghe, gỡ vướng, hiện đại hóa, tin học hóa, xã hội hóa,
    thể chế hóa, luật hóa, đa dạng hóa, tối ưu hóa, tự động hóa, điện tử hóa, khám, kích hoạt,
    tham vấn, hình thành, tạo, châm, xét duyệt, xét chọn, xét thi đua, xét khen thưởng,
    tiêu chuẩn hóa, quy chuẩn hóa, hệ thống hóa, kiên cố hóa, bê tông hóa, cứng hóa,
    chuyên nghiệp hóa, công khai hóa, minh bạch hóa, cơ giới hóa, thương mại hóa, cổ phần hóa,
    chính quy hóa, dập, dập dịch, khoanh vùng, triệu tập, hòa giải, hoà giải, kiến nghị xử lý,
    phân giao, tập hợp, nhận đơn, nhận hồ sơ, ghi chép
    """
)

# Field names of bodies that contain "và", "," or "-" and must not be split in enumerations.
# Written with their capitals: they are also used to recognise names in running text.
KNOWN_FIELDS: tuple[str, ...] = _fields(
    """
    Kế hoạch và Đầu tư; Tài nguyên và Môi trường; Thông tin và Truyền thông;
    Văn hóa và Thông tin; Văn hóa, Thể thao và Du lịch; Văn hóa và Thể thao;
    Giáo dục, Khoa học và Công nghệ;
    Văn hóa, Thông tin và Thể thao; Văn hóa, Khoa học và Thông tin; Văn hóa - Xã hội;
    Giáo dục và Đào tạo; Nông nghiệp và Phát triển nông thôn; Nông nghiệp và Môi trường;
    Lao động - Thương binh và Xã hội; Lao động, Thương binh và Xã hội; Khoa học và Công nghệ;
    Lao động Thương binh và Xã hội;
    Kinh tế và Hạ tầng; Kinh tế, Hạ tầng và Đô thị; Kinh tế - Hạ tầng và Đô thị;
    Dân tộc và Tôn giáo; Tài chính - Kế hoạch; Tài chính và Kế hoạch; HĐND và UBND;
    Kế hoạch, Tài chính; Kế hoạch - Tài chính; Kế hoạch và Tài chính;
    Hội đồng nhân dân và Ủy ban nhân dân; Đoàn ĐBQH và HĐND;
    HĐND và Đoàn ĐBQH; HĐND và Đoàn đại biểu Quốc hội; Hội đồng nhân dân và Đoàn đại biểu Quốc hội;
    Đoàn đại biểu Quốc hội và Hội đồng nhân dân; Tuyên giáo và Dân vận;
    Phát thanh và Truyền hình; Phát thanh - Truyền hình; Phát thanh, Truyền hình;
    Báo và Phát thanh, Truyền hình; Báo và Phát thanh - Truyền hình; Báo và Phát thanh Truyền hình;
    Tư vấn và hỗ trợ doanh nghiệp;
    Xúc tiến đầu tư và Hỗ trợ doanh nghiệp; Tiếp nhận và trả kết quả; Quy hoạch và Kiến trúc;
    Xúc tiến Đầu tư, Thương mại và Du lịch; Xúc tiến Thương mại, Đầu tư và Du lịch;
    Tài nguyên - Môi trường; Văn hóa - Thông tin; Giáo dục - Đào tạo; Khoa học - Công nghệ;
    Nông nghiệp và PTNT; Thông tin - Truyền thông; Kinh tế - Hạ tầng; Xây dựng và Giao thông;
    Quản lý dự án đầu tư xây dựng; Phòng cháy, chữa cháy và cứu nạn, cứu hộ;
    Ngoại vụ và Du lịch; Công Thương; Giao thông vận tải; Giao thông - Vận tải;
    Bưu chính, Viễn thông; Bưu chính - Viễn thông; Bưu chính và Viễn thông;
    Báo chí, Xuất bản; Báo chí - Xuất bản; Báo chí và Xuất bản;
    Khám, chữa bệnh; Khám bệnh, chữa bệnh
    """
)

# Provinces and centrally-run cities, before and after the 2025 merger.
PROVINCES: tuple[str, ...] = _fields(
    """
    An Giang; Bà Rịa - Vũng Tàu; Bắc Giang; Bắc Kạn; Bạc Liêu; Bắc Ninh; Bến Tre; Bình Định;
    Bình Dương; Bình Phước; Bình Thuận; Cà Mau; Cao Bằng; Đắk Lắk; Đắk Nông; Điện Biên;
    Đồng Nai; Đồng Tháp; Gia Lai; Hà Giang; Hà Nam; Hà Tĩnh; Hải Dương; Hậu Giang; Hòa Bình;
    Hưng Yên; Khánh Hòa; Kiên Giang; Kon Tum; Lai Châu; Lâm Đồng; Lạng Sơn; Lào Cai; Long An;
    Nam Định; Nghệ An; Ninh Bình; Ninh Thuận; Phú Thọ; Phú Yên; Quảng Bình; Quảng Nam;
    Quảng Ngãi; Quảng Ninh; Quảng Trị; Sóc Trăng; Sơn La; Tây Ninh; Thái Bình; Thái Nguyên;
    Thanh Hóa; Thừa Thiên Huế; Tiền Giang; Trà Vinh; Tuyên Quang; Vĩnh Long; Vĩnh Phúc;
    Yên Bái; Hà Nội; Hồ Chí Minh; Hải Phòng; Đà Nẵng; Cần Thơ; Huế
    """
)

# Common family names: a capitalised run starting with one of them after a title is a person.
SURNAMES: frozenset[str] = frozenset(
    _words(
        """
    bùi, bạch, cao, chu, châu, cù, cầm, diệp, doãn, dương, giang, hoàng, huỳnh, hà, hầu, hồ,
    hứa, khúc, khổng, kim, kiều, la, lâm, lã, lê, lò, lý, lưu, lương, lường, lại, lục, lữ, mai,
    mã, mạc, nghiêm, nguyễn, ngô, nông, phan, phó, phùng, phạm, quan, quách, sầm, thái, thân,
    tiêu, triệu, trương, trần, trịnh, tô, tôn, tăng, tạ, tống, từ, vi, võ, vũ, vương, âu, ông,
    đinh, đoàn, đàm, đào, đậu, đặng, đồng, đỗ
    """
    )
)

# Document type names (the line above the title) and their codes.
DOC_TYPES: dict[str, str] = {
    "thông báo": "TB", "kết luận": "KL", "công văn": "CV", "kế hoạch": "KH", "chỉ thị": "CT",
    "quyết định": "QĐ", "báo cáo": "BC", "nghị quyết": "NQ", "công điện": "CĐ",
    "tờ trình": "TTr", "biên bản": "BB", "chương trình": "CTr", "hướng dẫn": "HD",
    "phương án": "PA", "đề án": "ĐA", "quy chế": "QC", "quy định": "QyĐ", "giấy mời": "GM",
}  # fmt: skip


# Type codes that may stand first after the slash of a number ("45/TB-UBND").
TYPE_CODES: frozenset[str] = frozenset(
    _words(
        """
    BB, BC, BGN, BTT, CT, CTR, CĐ, DA, GGT, GM, GNP, GUQ, HD, HĐ, KH, KL, NQ, NĐ, PA, PB, PC,
    PG, QC, QYĐ, QĐ, TB, TC, TT, TTR, ĐA
    """
    )
)


# The public a directive or a notice gives duties to, not a body of government: "Các tổ chức, hộ
# gia đình, cá nhân chăn nuôi …", "Các doanh nghiệp", "Người dân", "Chủ rừng". "Chủ" counts only
# with what it holds ("chủ rừng", "chủ cơ sở"), never as in "Chủ tịch".
PUBLIC_NOUNS: tuple[str, ...] = _words(
    """
    tổ chức, hộ, cá nhân, doanh nghiệp, người dân, nhân dân, cơ sở, chủ rừng, chủ hộ, chủ cơ sở,
    chủ doanh nghiệp, chủ phương tiện, chủ trang trại, chủ tàu, chủ vật nuôi, chủ chăn nuôi, chủ
    nhà, chủ đầu tư, chủ công trình, chủ dự án
    """
)

# The places below a commune a "các" lists as one level ("các Thôn, Xóm, Tổ dân phố", "các thôn,
# bon, tổ dân phố"): one group of doers, never a name each.
PLACE_UNITS: tuple[str, ...] = _words(
    """
    thôn, xóm, tổ dân phố, bản, làng, buôn, bon, ấp, khóm, khu phố, khối phố, tiểu khu, thôn làng,
    tổ dân cư, khu dân cư, cụm dân cư
    """
)
