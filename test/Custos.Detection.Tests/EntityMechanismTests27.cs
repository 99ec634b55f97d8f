namespace Custos.Detection.Tests;

/// <summary>
/// The PII and secrets mechanisms added after the held-out set 27A (2026-11-29), in wording of their own: passwords no
/// name is assigned, private key blocks whose footer is cut or mistyped, Twilio account SIDs, dates of birth after the
/// keywords of every language the product claims, and a table column's header as the context of its values. Each with
/// the hard negatives beside it that must stay unflagged.
/// </summary>
public sealed class EntityMechanismTests27
{
    private static readonly Scanner Scanner = new();

    private static List<string> Found(string text, string type) =>
        [.. Scanner.Scan(text).Where(f => f.Type == type).Select(f => text[f.Start..f.End])];

    [Theory]
    [InlineData("[09:12] kim: what is the prod redis password?\n[09:13] lee: Tq8#vLm2Rz!pW4\n[09:13] lee: rotate it after", "Tq8#vLm2Rz!pW4")]
    [InlineData("Anyone have the wifi passphrase for the lab?\n> 7hG$kq2Lw9Zp", "7hG$kq2Lw9Zp")]
    [InlineData("mongo> db.auth('admin', 'Xk7=pQ2vLr9sWm4N')", "Xk7=pQ2vLr9sWm4N")]
    [InlineData("client.login(username, \"hV3rP9#qLm2xZ8\")", "hV3rP9#qLm2xZ8")]
    [InlineData("await api.authenticate(\"svc_backup\", \"R2d#9kPq7LmvX\");", "R2d#9kPq7LmvX")]
    public void A_password_no_name_is_assigned_is_found(string text, string password)
        => Assert.Contains(password, Found(text, EntityTypes.Secret));

    [Theory]
    [InlineData("what's the password policy again?\nat least twelve characters, one digit")]
    [InlineData("Where do I reset my password?\nhttps://accounts.corp.example/reset")]
    [InlineData("what's the staging db password again?\nsam: d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("what's the staging db password again?\nsam: 0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("Did you change the password?\nYes, yesterday.")]
    [InlineData("what's the password for the demo?\nYourPasswordHere1!")]
    [InlineData("db.auth('root', process.env.MONGO_PASSWORD)")]
    [InlineData("login(user, 'password')")]
    [InlineData("db.auth('root', '<password>')")]
    public void A_question_or_call_without_a_random_value_is_not_a_secret(string text)
        => Assert.Empty(Found(text, EntityTypes.Secret));

    [Theory]
    [InlineData("-----END OPENSSH PRIVATE KEY----5")]
    [InlineData("-----END OPENSSH PRIVATE KEY-----")]
    [InlineData("-----END OPENSSH PRIVATE KEY")]
    public void An_openssh_key_is_reported_through_its_end_line(string footer)
    {
        var key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
            + "QyNTUxOQAAACBq7pW3xJk9Lz2mQv8rT4sYh6nF1dC0aE5uG7iB3oK9wAAAAJjR2v4Z0dr+\nGQAAAAtzc2gtZWQyNTUxOQAAACBq7pW3xJk9Lz2mQv8rT4sYh6nF1dC0aE5uG7iB3oK9w\n" + footer;
        Assert.Equal([key], Found($"deploy key below:\n{key}\nrotate Friday", EntityTypes.Secret));
    }

    [Fact]
    public void A_key_block_of_zeros_or_markers_is_a_placeholder()
    {
        var zeros = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + new string('A', 70) + "\n" + new string('A', 70) + "\n-----END OPENSSH PRIVATE KEY-----";
        var markers = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAyourkeyhereyourkeyhereyourkeyhereyourkeyhereyourkeyhere\nyourkeyhereyourkeyhereyourkeyhere==\n-----END RSA PRIVATE KEY-----";
        Assert.Empty(Found(zeros, EntityTypes.Secret));
        Assert.Empty(Found(markers, EntityTypes.Secret));
    }

    [Fact]
    public void A_twilio_account_sid_is_a_secret_and_a_hash_is_not()
    {
        Assert.Equal(["AC4f1e2d3c5b6a79880f1e2d3c4b5a6978"], Found("TWILIO_ACCOUNT=AC4f1e2d3c5b6a79880f1e2d3c4b5a6978", EntityTypes.Secret));
        Assert.Empty(Found("sha256 ac4f1e2d3c5b6a79880f1e2d3c4b5a6978ac4f1e2d3c5b6a79880f1e2d3c4b", EntityTypes.Secret));
        Assert.Empty(Found("build ACCEPT4f1e2d3c5b6a79880f1e2d3c4b5a69 done", EntityTypes.Secret));
        Assert.Empty(Found("sid: ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", EntityTypes.Secret));
    }

    [Theory]
    [InlineData("Data urodzenia: 1991-04-17", "1991-04-17")]
    [InlineData("Doğum tarihi: 22.11.1979", "22.11.1979")]
    [InlineData("Födelsedatum: 1983-02-09", "1983-02-09")]
    [InlineData("Fødselsdato: 14.06.1990", "14.06.1990")]
    [InlineData("Syntymäaika: 3.8.1975", "3.8.1975")]
    [InlineData("Datum narození: 12.05.1968", "12.05.1968")]
    [InlineData("Дата рождения: 07.03.1982", "07.03.1982")]
    [InlineData("Дата народження: 19.09.1994", "19.09.1994")]
    [InlineData("जन्म तिथि: 26/01/1987", "26/01/1987")]
    [InlineData("Janam tithi 05-10-1993, naam Ravi", "05-10-1993")]
    [InlineData("تاريخ الميلاد: 1986-12-24", "1986-12-24")]
    [InlineData("Ngày sinh: 21/07/1995", "21/07/1995")]
    [InlineData("Tanggal lahir: 30-04-1989", "30-04-1989")]
    [InlineData("출생일: 1992-08-15", "1992-08-15")]
    [InlineData("Geboortedatum: 17-02-1993", "17-02-1993")]
    public void A_date_of_birth_after_a_keyword_is_found(string text, string date)
        => Assert.Contains(date, Found(text, EntityTypes.DateTime));

    [Theory]
    [InlineData("Data wystawienia: 2026-11-04")]
    [InlineData("Fatura tarihi: 09.10.2024")]
    [InlineData("Leveransdatum: 2026-12-01")]
    [InlineData("Urodziny firmy świętujemy 2026-06-30")]
    public void A_date_after_another_keyword_is_not_a_date_of_birth(string text)
        => Assert.Empty(Found(text, EntityTypes.DateTime));

    [Fact]
    public void Nine_digits_in_a_column_headed_ssn_are_an_ssn()
    {
        var csv = "id,last_name,first_name,ssn,state\n1,Alvarez,Maria,502-41-9893,TX\n2,Brooks,Daniel,115754789,OH\n3,Chen,Li,232451189,CA\n4,Diaz,Ana,345120987,NY";
        Assert.Equal(["502-41-9893", "115754789", "232451189", "345120987"], Found(csv, EntityTypes.UsSsn));
        var tsv = "name\tsocial security\tnotes\nMaria\t115754789\tnone";
        Assert.Equal(["115754789"], Found(tsv, EntityTypes.UsSsn));
    }

    [Fact]
    public void Nine_digits_in_another_column_or_outside_a_table_are_not()
    {
        Assert.Empty(Found("order_id,sku,qty\n115754789,AB-1,2\n232451189,CD-9,1", EntityTypes.UsSsn));
        Assert.Empty(Found("id,name,ssn,batch\n1,Maria,,AB-1\n2,Li,,CD-2\n3,Ana,,EF-3\n4,Bo,,GH-4\n5,Jo,,115754789", EntityTypes.UsSsn));
        Assert.Empty(Found("employee,ssn,notes\n1,,ok\n2,,ok\n3,,ok\n4,,ok\n5,,ok\n6,,ok\nYour parcel 115754789 ships today.", EntityTypes.UsSsn));
        Assert.Empty(Found("serial numbers\n115754789\n232451189", EntityTypes.UsSsn));
    }
}
