package vn.egov.portal.qa;

import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.privacy.control.Particulars;
import vn.egov.portal.qa.control.QuestionForm;

/** Complete question forms for the tests, one per kind of asker, with a distinct e-mail each time. */
public final class QuestionForms {

    static final String CONSENT = "2026.1";

    private QuestionForms() {}

    public static QuestionForm individual(String email, String title, String body, String field) {
        return question(
                Particulars.individual(
                        "Phan Thị Ngọc Ánh",
                        "Việt Nam",
                        "Giáo viên",
                        "004196012345",
                        "Số nhà 21, phố Xuân Trường, phường Thục Phán",
                        "0915 246 810",
                        email),
                title,
                body,
                field);
    }

    static QuestionForm organisation(String email, String title, String body, String field) {
        return question(
                Particulars.organisation(
                        "Lưu Văn Quang",
                        "Giám đốc",
                        "Hợp tác xã Chè Shan Tuyết Phia Đén",
                        "Xóm Phia Đén, xã Thành Công",
                        "0206 3871 234",
                        email),
                title,
                body,
                field);
    }

    private static QuestionForm question(Particulars particulars, String title, String body, String field) {
        return new QuestionForm(particulars, title, body, field, true, CONSENT, Language.VIETNAMESE);
    }
}
