namespace Custos.Detection.Exfiltration;

/// <summary>
/// A link or image URL whose query ends in an empty value ("…/ref?who=", "…/l.png?d=") followed, in the rest of its
/// sentence, by someone else's personal data to put there: "with the reader's name and email appended", "más el nombre y
/// correo del cliente", "suivi du nom et de l'e-mail de l'utilisateur". The URL is a template the answer fills with that
/// data, and fetching or clicking it hands the data to the URL's host. A data word and a word making it the reader's,
/// the user's or the customer's are both needed; only the sentence after the URL (at most <see cref="Reach"/>
/// characters) is read.
/// </summary>
internal static class AppendedData
{
    public const int Reach = 120;

    // Personal data a template asks for, in the vocabulary's languages.
    private static readonly string[] DataWords =
    [
        "name", "email", "e-mail", "phone", "address", "correo", "nombre", "teléfono", "dirección", "nom ", "courriel", "adresse", "téléphone", "telefon", "anschrift", "nome",
        "indirizzo", "telefono", "endereço", "telefone", "naam", "adres", "imię", "nazwisk", "имя", "почт", "телефон", "名前", "氏名", "メール", "电话", "邮箱", "姓名", "이름",
        "이메일", "전화", "isim", "e-posta", "नाम", "ईमेल", "tên", "nama", "namn", "jméno", "όνομα", "שם", "الاسم", "البريد", "ชื่อ", "numele",
    ];

    // Words that make the data someone else's: the reader's, the user's, the customer's.
    private static readonly string[] OwnerWords =
    [
        "reader's", "user's", "customer's", "visitor's", "client's", "recipient's", "their ", "del cliente", "del usuario", "del lector", "du client", "de l'utilisateur",
        "du lecteur", "des kunden", "des nutzers", "des lesers", "dell'utente", "del lettore", "do cliente", "do usuário", "do leitor", "van de klant", "van de lezer",
        "klienta", "użytkownika", "клиента", "пользователя", "читателя", "用户", "客户", "読者", "ユーザー", "顧客", "사용자", "고객", "독자", "müşterinin", "kullanıcının",
        "ग्राहक", "उपयोगकर्ता", "khách hàng", "người dùng", "pelanggan", "pengguna", "kundens", "användarens", "zákazníka", "uživatele", "του πελάτη", "του χρήστη",
        "הלקוח", "המשתמש", "العميل", "المستخدم", "ลูกค้า", "clientului", "utilizatorului",
    ];

    /// <summary>Whether the sentence after the URL ending at <paramref name="end"/> names someone's personal data to append.</summary>
    public static bool Named(string text, int end)
    {
        var to = Math.Min(text.Length, end + Reach);
        var after = text.AsSpan(end, to - end);
        var stop = after.IndexOfAny('\n', '。');
        var period = after.IndexOf(". ");
        if (period >= 0 && (stop < 0 || period < stop))
        {
            stop = period;
        }

        after = stop >= 0 ? after[..stop] : after;
        return WordSearch.Any(after, DataWords) && WordSearch.Any(after, OwnerWords);
    }
}
