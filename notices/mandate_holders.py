"""Who holds a mandate article: a standing body of government, or a body the regulation sets up.

Kept apart from `notices.regulation`, which reads the articles; these are the two name patterns it
tells their holders by.
"""

from __future__ import annotations

import re

# A mandate is a body's share of the work only when the body is a standing one of government
# ("Bộ Nội vụ", "Sở Tài chính", "Ủy ban nhân dân cấp tỉnh", "bộ, cơ quan ngang bộ"); a body the
# regulation sets up or governs ("Hội đồng tuyển dụng", "Ban Quản lý chợ", "Phòng Nghiệp vụ Y",
# "Văn phòng Sở") has its mandate there: rules. ("Ủy ban" alone: OCR may read "nhân đân".)
STANDING_HOLDER = re.compile(
    r"(?:(?:các|mỗi|từng)\s+)?(?:bộ(?!\s+(?:đội|phận|máy|luật|môn)(?![^\W_]))"
    r"|sở(?!\s+(?:hữu|tại|thích)(?![^\W_]))|ủy ban|uỷ ban|ubnd"
    r"|cơ quan ngang bộ|cơ quan thuộc chính phủ)(?![^\W_])"
)
# A title that is a body's name alone ("Sở Du lịch", "Ban Quản lý chợ Hội An", "Tổ dân phố")
# gives that body its duties; a body the regulation sets up ("Hội đồng thi", "Ban Chỉ đạo", "Tổ
# thư ký") is the article on its members and meetings: rules.
SET_UP_BODY = re.compile(
    r"^(?:hội đồng(?!\s+nhân dân)"
    r"|ban\s+(?:chỉ đạo|tổ chức|giám khảo|biên tập|thư ký|điều hành|công tác"
    r"|chỉ huy(?!\s+quân sự))"
    r"|tổ(?!\s+dân phố))(?![^\W_])"
)
