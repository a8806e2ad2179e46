package dev.parallax.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sentences written for these tests, a few lines of news in each language. */
class LanguageIdentifierTest {

    private static void assertLanguage(String expected, String text) {
        assertEquals(expected, LanguageIdentifier.identify(text), text);
    }

    @Test
    void latinScriptLanguagesByTheirCommonWords() {
        assertLanguage("en", "The two ministers met in Oslo on Monday and said that the talks had been useful for both sides.");
        assertLanguage("id", "Kedua menteri bertemu di Oslo pada hari Senin dan mengatakan bahwa pembicaraan itu berguna bagi "
                + "kedua pihak yang hadir.");
        assertLanguage("fr", "Les deux ministres se sont rencontrés à Oslo lundi et ont dit que les discussions avaient été "
                + "utiles pour les deux pays.");
        assertLanguage("de", "Die beiden Minister trafen sich am Montag in Oslo und sagten, dass die Gespräche für beide Seiten "
                + "nützlich gewesen seien.");
        assertLanguage("es", "Los dos ministros se reunieron el lunes en Oslo y dijeron que las conversaciones fueron útiles "
                + "para ambos países.");
        assertLanguage("it", "I due ministri si sono incontrati lunedì a Oslo e hanno detto che i colloqui sono stati utili "
                + "per entrambi i paesi della regione.");
        assertLanguage("pt", "Os dois ministros se reuniram na segunda-feira em Oslo e disseram que as conversas foram úteis "
                + "para os dois países.");
        assertLanguage("pl", "Obaj ministrowie spotkali się w poniedziałek w Oslo i powiedzieli, że rozmowy były przydatne dla "
                + "obu stron, które są sojusznikami.");
        assertLanguage("tr", "İki bakan pazartesi günü Oslo'da bir araya geldi ve görüşmelerin her iki taraf için de çok "
                + "yararlı olduğunu söyledi.");
    }

    @Test
    void cyrillicUkrainianAndRussian() {
        assertLanguage("uk", "Міністри зустрілися в Осло в понеділок і заявили, що переговори були корисними для обох сторін.");
        assertLanguage("ru", "Министры встретились в Осло в понедельник и заявили, что переговоры были полезными для обеих "
                + "сторон, и это не случайность.");
    }

    @Test
    void eastAsianScripts() {
        assertLanguage("ko", "두 장관은 월요일 오슬로에서 만나 회담이 양측 모두에게 유익했다고 밝혔습니다.");
        assertLanguage("ja", "両国の外相は月曜日にオスロで会談し、協議は双方にとって有益だったと述べた。");
        assertLanguage("zh", "两国外长星期一在奥斯陆会晤，表示会谈对双方都有益处，并同意继续合作。");
    }

    @Test
    void aPageKeepsTheLanguageOfMostOfItsLetters() {
        assertLanguage("en", "The envoy met Kim Jong Un (김정은) and Moon Jae-in (문재인) in Panmunjom, where the two sides "
                + "agreed to keep talking about the future of the peninsula.");
        assertLanguage("ko", "Two leaders shaking hands (Photo: Staff)\n\n두 정상은 판문점에서 만나 한반도의 미래에 대해 "
                + "이야기를 나누었으며, 앞으로도 계속 대화하기로 합의했다고 밝혔습니다.");
    }

    @Test
    void tooLittleToTell() {
        assertLanguage("und", "OK");
        assertLanguage("und", "");
        assertLanguage("en", "Moscow Minsk Beijing Kyiv Washington Tokyo");
    }
}
