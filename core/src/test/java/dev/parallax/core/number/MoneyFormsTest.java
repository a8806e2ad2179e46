package dev.parallax.core.number;

import static dev.parallax.core.number.QuantityExtractorTest.assertQuantity;
import static dev.parallax.core.number.QuantityExtractorTest.quantities;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.model.QuantityKind;
import org.junit.jupiter.api.Test;

/** Money and percentages as news pages write them: glued scales, currency prefixes, Russian and German words. */
class MoneyFormsTest {

    @Test
    void gluedScalesAndDollarPrefixes() {
        assertQuantity("The bank lent US$1bn to the port.", "US$1bn", QuantityKind.MONEY, 1e9, "USD");
        assertQuantity("The bank lent $1.5bn to the port.", "$1.5bn", QuantityKind.MONEY, 1.5e9, "USD");
        assertQuantity("The bank lent $640m to the port.", "$640m", QuantityKind.MONEY, 6.4e8, "USD");
        assertQuantity("The bank lent US $1.5 billion to the port.", "US $1.5 billion", QuantityKind.MONEY, 1.5e9, "USD");
        assertQuantity("The bank lent A$1bn to the port.", "A$1bn", QuantityKind.MONEY, 1e9, "AUD");
        assertQuantity("The fund holds €2.5bn.", "€2.5bn", QuantityKind.MONEY, 2.5e9, "EUR");
        assertQuantity("The fund holds £300m.", "£300m", QuantityKind.MONEY, 3e8, "GBP");
        assertQuantity("The fund holds 640m euros.", "640m euros", QuantityKind.MONEY, 6.4e8, "EUR");
        assertQuantity("The deal is worth $2tn over ten years.", "$2tn", QuantityKind.MONEY, 2e12, "USD");
    }

    @Test
    void currencyCodesAndWords() {
        assertQuantity("USD 1.5 billion was lent.", "USD 1.5 billion", QuantityKind.MONEY, 1.5e9, "USD");
        assertQuantity("They lent 1.5 bln dollars.", "1.5 bln dollars", QuantityKind.MONEY, 1.5e9, "USD");
        assertQuantity("They lent 1.5 billion US dollars.", "1.5 billion US dollars", QuantityKind.MONEY, 1.5e9, "USD");
        assertQuantity("They lent half a billion dollars.", "half a billion dollars", QuantityKind.MONEY, 5e8, "USD");
        assertQuantity("They lent a billion dollars.", "a billion dollars", QuantityKind.MONEY, 1e9, "USD");
        assertQuantity("The plan costs ¥1 trillion.", "¥1 trillion", QuantityKind.MONEY, 1e12, "JPY/CNY");
        assertQuantity("The plan costs Rs 500 crore.", "Rs 500 crore", QuantityKind.MONEY, 5e9, "INR");
        assertQuantity("They lent 1.5 billion roubles.", "1.5 billion roubles", QuantityKind.MONEY, 1.5e9, "RUB");
        assertQuantity("They lent 1.5 billion rubles.", "1.5 billion rubles", QuantityKind.MONEY, 1.5e9, "RUB");
    }

    @Test
    void scalesJoinedByAHyphen() {
        assertQuantity("They lent a $1.5-billion sum.", "$1.5-billion", QuantityKind.MONEY, 1.5e9, "USD");
        assertQuantity("They lent a 1.5-billion-dollar sum.", "1.5-billion-dollar", QuantityKind.MONEY, 1.5e9, "USD");
        assertQuantity("They lent one and a half-billion dollars.", "one and a half-billion dollars", QuantityKind.MONEY, 1.5e9, "USD");
        assertQuantity("They lent a half-billion dollars.", "a half-billion dollars", QuantityKind.MONEY, 5e8, "USD");
        assertQuantity("They lent $1,5 billion.", "$1,5 billion", QuantityKind.MONEY, 1.5e9, "USD");
        // a Singapore dollar is no US dollar, and crowns are a currency of their own
        assertQuantity("The loan (S$2.1 billion) was agreed.", "S$2.1 billion", QuantityKind.MONEY, 2.1e9, "SGD");
        assertQuantity("The loan (some 34 billion crowns) was agreed.", "some 34 billion crowns", QuantityKind.MONEY, 3.4e10, "crown");
        assertTrue(quantities("His half-brother came.").isEmpty());
    }

    @Test
    void russianAndGermanAmountsWithADecimalComma() {
        assertQuantity("Москва выделит 1,5 млрд долларов.", "1,5 млрд долларов", QuantityKind.MONEY, 1.5e9, "USD");
        assertQuantity("Москва выделит 1,5 миллиарда долларов.", "1,5 миллиарда долларов", QuantityKind.MONEY, 1.5e9, "USD");
        assertQuantity("Москва выделит 200 млн рублей.", "200 млн рублей", QuantityKind.MONEY, 2e8, "RUB");
        assertQuantity("Berlin gibt 1,5 Milliarden Dollar.", "1,5 Milliarden Dollar", QuantityKind.MONEY, 1.5e9, "USD");
        assertQuantity("Berlin gibt 3 Mrd Euro.", "3 Mrd Euro", QuantityKind.MONEY, 3e9, "EUR");
    }

    @Test
    void percentagesInEveryWriting() {
        assertQuantity("Trade grew 12 per cent.", "12 per cent", QuantityKind.PERCENT, 12, "%");
        assertQuantity("Trade grew 12 percent.", "12 percent", QuantityKind.PERCENT, 12, "%");
        assertQuantity("Trade grew 12%.", "12%", QuantityKind.PERCENT, 12, "%");
    }

    @Test
    void metresAndPlainArticlesStaySilent() {
        // a glued "m" without a currency or people is metres, not millions
        assertTrue(quantities("A 640m tower stands by the port.").isEmpty(), quantities("A 640m tower stands by the port.").toString());
        // "a" and "half a" count only million-scale words
        assertTrue(quantities("They signed a deal and half a page of notes.").isEmpty());
    }
}
