"""The words the statement readers share: document kinds, the document's own contents, work
and task verbs."""

from __future__ import annotations

import re

# "quy trình" names a document only where it is cited as one ("Quy trình này", "Quy trình số
# …", "Quy trình ban hành kèm theo …"), not as the plain noun of "Triển khai quy trình tiếp nhận
# hồ sơ …".
_CITED_PROCEDURE = r"quy trình(?=\s+(?:này|trên|nêu trên|số|(?:được\s+)?ban hành|kèm theo))"
DOC = (
    r"(?:hiến pháp|bộ luật|luật|pháp lệnh|nghị định|thông tư|quyết định|nghị quyết|chỉ thị"
    r"|công văn|văn bản|kế hoạch|thông báo|kết luận|quy chế|quy định|điều lệ"
    rf"|{_CITED_PROCEDURE})"
)
# "… yêu cầu các Sở, ngành … nghiêm túc thực hiện những nội dung trên.": the document's own
# contents, named without naming the document.
# "… các nội dung chỉ đạo nêu trên": one word may say what kind of contents they are.
# "… thực hiện nội dung trên đạt hiệu quả cao nhất.": one content, no "các".
OWN_CONTENTS = (
    r"(?:(?:các|những)\s+(?:nội dung|nhiệm vụ|yêu cầu|việc)|nội dung)"
    r"(?:\s+(?:chỉ đạo|công việc|được giao))?\s+(?:trên|nêu trên|trên đây|đã nêu)"
)

WORK_VERB = re.compile(
    r"(?:xây dựng|ban hành|hướng dẫn|báo cáo|rà soát|tham mưu|chỉ đạo|chủ trì|tổng hợp|đề xuất"
    r"|nghiên cứu|bố trí|cung cấp|kiểm tra|giám sát|thực hiện|triển khai|(?<!các )(?<!những )"
    r"tổ chức(?!\s+(?:chính trị|thành viên|xã hội|đoàn thể|liên quan|có liên quan|đại diện)))"
)

# Work that follows a subject's first predicate (a power it holds, a passive it undergoes): a work
# verb or an adverb of order ("…, tổ chức kiểm tra …", "… chủ động kiểm tra …").
MORE_WORK_VERB = rf"(?:{WORK_VERB.pattern}|xử lý|phối hợp|bảo đảm|đảm bảo)"
ORDER_ADVERB = r"(?:chủ động|khẩn trương|kịp thời|tích cực|nghiêm túc|thường xuyên)"

# What turns a call or a provision into work when it follows it: a task verb or a deadline
# ("…; giao Trạm Y tế xã phun khử khuẩn …", "… cho đến khi kết thúc đợt cao điểm, báo cáo kết
# quả về Ủy ban nhân dân xã trước ngày 31/12/2025").
TASK_VERB = re.compile(
    r"\b(?:giao|đề nghị|yêu cầu|báo cáo|hoàn thành|hoàn thiện|gửi|trình|nộp|phối hợp)\b"
)
# "… được cấp phép … tiếp tục duy trì …", "… khẩn trương rà soát …": a second predicate
GOES_ON = re.compile(r"(?<![^\W_])(?:tiếp tục|khẩn trương|kịp thời)(?![^\W_])")
