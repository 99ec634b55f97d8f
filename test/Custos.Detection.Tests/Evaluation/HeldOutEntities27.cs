namespace Custos.Detection.Tests.Evaluation;

/// <summary>
/// A held-out set for the PII and secrets detectors, written on 2026-11-29 by a fresh writer (writerpii) who had not
/// read the detector, its tests, the evaluation generator or any evaluation output; never tuned on. Each case is an
/// everyday text (support tickets, mails, CSV rows, logs, .env and YAML files, shell history, stack traces, JSON
/// events, medical notes, invoices, forms, chat) in which every sensitive value is marked inline as ⟦TYPE|value⟧, TYPE
/// named as Microsoft Presidio names it (EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, US_SSN, IP_ADDRESS,
/// SECRET, UK_NINO, UK_NHS, DATE_TIME, CRYPTO, IN_PAN, IN_AADHAAR, ES_NIF, IT_FISCAL_CODE, PL_PESEL, DE_VAT_ID,
/// IT_VAT_CODE). The value is exactly the span a detector should report: no surrounding quotes, brackets or trailing
/// punctuation; phone numbers with their leading + and internal spaces, dashes and parentheses; cards and IBANs with
/// their spaces or dashes; for SECRET the token, key or password itself, the whole PEM block for a private key, the
/// whole URL for a database, cache or queue URL with a password (postgres, mysql, mongodb+srv, redis, amqp), only the
/// token for a token embedded in a git remote URL, and only the AccountKey value of an Azure storage connection string.
/// DATE_TIME marks only dates of birth next to a keyword (DOB, date of birth, né le, geboren am, fecha de nacimiento,
/// 生年月日...); other dates are left unmarked on purpose. A valid value of a listed type left unmarked counts as a false
/// positive, so every one is marked. Cases with no marker are hard negatives.
///
/// Every marked value was generated at random by a script outside the repository and checked: Luhn with real issuer
/// prefixes for cards (Visa, Mastercard 51-55 and 2221-2720, Amex, Discover, JCB, Diners, Maestro); mod-97 and each
/// country's length for IBANs; SSN area not 000, 666 or 9xx, group not 00, serial not 0000; NINO prefix rules; NHS mod
/// 11; Aadhaar Verhoeff; PESEL weights; NIF and NIE letters; the Italian fiscal code check character; the German VAT
/// ISO 7064 check digit; the Italian VAT Luhn digit; base58check and bech32/bech32m for bitcoin; phone numbers
/// validated with libphonenumber metadata. Secrets are random values of each provider's shape (never live keys, never
/// documented example keys). Mails and hosts use .example and .test. The hard negatives carry git SHAs, SHA-256
/// digests, UUIDs, order, tracking and invoice numbers, version strings, timestamps, card-like numbers that fail Luhn,
/// IBANs with a wrong check, SSN-like numbers with area 000, 666 or 9xx, documented example keys and placeholders,
/// base64 images, SKUs, ISBNs, phone-like part numbers and dates that are not birth dates. Split in two halves of the
/// same mix: CasesA, and CasesB sealed for a later session.
///
/// CasesA: 200 cases, 127 with marked values and 73 hard negatives. Marked values per type: EMAIL_ADDRESS 30,
/// PHONE_NUMBER 50, CREDIT_CARD 16, IBAN_CODE 24, US_SSN 12, IP_ADDRESS 32, SECRET 39, UK_NINO 5, UK_NHS 5, DATE_TIME
/// 20, CRYPTO 6, IN_PAN 5, IN_AADHAAR 5, ES_NIF 5, IT_FISCAL_CODE 5, PL_PESEL 5, DE_VAT_ID 5, IT_VAT_CODE 5. Per
/// language: English 120, French 7, German 7, Spanish 7, Italian 7, Dutch 6, Polish 6, Portuguese 6, Japanese 6,
/// Chinese 6, Turkish 6, Swedish 6, Hindi (romanised) 5, Hindi (Devanagari) 5. Phone numbers from 22 countries (AU BR
/// CA CH CN DE ES FR GB IE IN IT JP KR NL PL PT SE SG TR US ZA); IBANs from 15 countries (AT BE CH DE DK ES FR GB IE IT
/// NL PL PT SE TR).
///
/// CasesB: 200 cases, 128 with marked values and 72 hard negatives. Marked values per type: EMAIL_ADDRESS 31,
/// PHONE_NUMBER 53, CREDIT_CARD 16, IBAN_CODE 32, US_SSN 12, IP_ADDRESS 32, SECRET 48, UK_NINO 5, UK_NHS 5, DATE_TIME
/// 24, CRYPTO 7, IN_PAN 6, IN_AADHAAR 5, ES_NIF 5, IT_FISCAL_CODE 5, PL_PESEL 5, DE_VAT_ID 5, IT_VAT_CODE 5. Per
/// language: English 120, French 7, German 7, Spanish 7, Italian 7, Dutch 6, Polish 6, Portuguese 6, Japanese 6,
/// Chinese 6, Turkish 6, Swedish 6, Hindi (romanised) 5, Hindi (Devanagari) 5. Phone numbers from 32 countries (AE AR
/// AT AU BE BR CH CN CZ DE DK EG ES FI FR GB HK IE IN IT JP KR MX NL NO NZ PL PT SE TR TW US); IBANs from 25 countries
/// (AT BE CH CY CZ DE ES FI FR GR HR HU IE IT LT LU MT NL NO PL PT RO SE SK TR).
/// </summary>
internal static class HeldOutEntities27
{
    public static readonly string[] CasesA =
    [
        // English, marked values.
        "Ticket #48213 — refund not received\nFrom: Dana Whitfield <⟦EMAIL_ADDRESS|dana.whitfield@mailbox.example⟧>\nHi, I was charged twice on my card ending 4417 on 3 Nov. Please call me back on ⟦PHONE_NUMBER|(415) 555-0137⟧ after 5pm Pacific. Thanks, Dana",
        "customer_id,name,email,phone,card\n10482,Priya Raman,⟦EMAIL_ADDRESS|priya.raman@shopper.example⟧,⟦PHONE_NUMBER|+1 312 555 0184⟧,⟦CREDIT_CARD|4291417776317063⟧",
        "Please update the payee on invoice INV-2026-0931. New bank details: Harbour Logistics Ltd, IBAN ⟦IBAN_CODE|GB31 NTYY 0743 9150 0080 63⟧, BIC NWBKGB2L. Remittance to ⟦EMAIL_ADDRESS|ap@harbour-logistics.example⟧.",
        "2026-11-28T09:14:02.117Z WARN auth: 5 failed logins for user 'mkeller' from ⟦IP_ADDRESS|203.0.113.47⟧ (last attempt 09:13:58), account locked for 15 min",
        "Employee onboarding form\nFull name: Marcus Ellery\nSSN: ⟦US_SSN|433-93-0476⟧\nDate of birth: ⟦DATE_TIME|07/19/1984⟧\nHome phone: ⟦PHONE_NUMBER|(617) 555-0142⟧\nEmergency contact: Jo Ellery",
        "# .env.production\nNODE_ENV=production\nPORT=8080\nDATABASE_URL=⟦SECRET|postgres://admin:8FJowoRoWD8s7bA16J7PglO@analytics.db.test:5432/orders⟧\nSTRIPE_SECRET_KEY=⟦SECRET|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⟧\nLOG_LEVEL=info",
        "hey can you check why the deploy failed? i pasted my token by mistake earlier: ⟦SECRET|ghp_HXJnB8dE3xKJm8GAF0wAwaIINYNvDMbZoOlJ⟧ — already revoked it I think but please double check",
        "[default]\naws_access_key_id = ⟦SECRET|AKIALFQCEFB4ARPRHLWS⟧\naws_secret_access_key = ⟦SECRET|ivuGvIL6P+8odNXR1yHnGA3cCcYseu52C5CdYP2h⟧\nregion = eu-west-1",
        "Patient: Mrs. Eleanor Pike, NHS number ⟦UK_NHS|423 041 1448⟧, seen in clinic today for review of hypertension. BP 142/88. Continue amlodipine 5 mg. Next review in 3 months. GP surgery tel ⟦PHONE_NUMBER|0161 496 0734⟧.",
        "Hi Tom, for the payroll switch HMRC needs my National Insurance number: ⟦UK_NINO|HS 94 20 80 B⟧. My new address is 14 Orchard Row, Bath BA2 4QT. Cheers, Hannah",
        "nginx access log\n⟦IP_ADDRESS|198.51.100.23⟧ - - [28/Nov/2026:10:02:11 +0000] \"GET /api/v2/orders?page=3 HTTP/1.1\" 200 5123 \"-\" \"Mozilla/5.0\"\n⟦IP_ADDRESS|198.51.100.23⟧ - - [28/Nov/2026:10:02:12 +0000] \"POST /api/v2/cart HTTP/1.1\" 201 88 \"-\" \"Mozilla/5.0\"\n⟦IP_ADDRESS|2001:db8:4a1:22::17⟧ - - [28/Nov/2026:10:02:15 +0000] \"GET /health HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.31\"",
        "Order confirmation\nShip to: Kenji Mori, 22 Wharf St, Sydney NSW 2000\nContact: ⟦PHONE_NUMBER|+61 2 9374 4186⟧ / ⟦EMAIL_ADDRESS|k.mori@post.example⟧\nPaid with Amex ⟦CREDIT_CARD|3729 806351 39697⟧ — exp 09/28",
        "Slack alert bot config:\n```yaml\nslack:\n  bot_token: ⟦SECRET|xoxb-551999612542-7861923037515-sGFbuN3z5sbkm2uZKYivBnrR⟧\n  channel: '#ops-alerts'\n  webhook: ⟦SECRET|https://hooks.slack.com/services/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⟧\n```",
        "Can you send 0.015 BTC to my wallet ⟦CRYPTO|bc1qfrhsgzsxmctx3j7dhsfdl3zkvx8nt0wawpvkex⟧ for the logo design? Invoice attached. — Rafael",
        "From: ⟦EMAIL_ADDRESS|payroll@northwind.example⟧ is not correct — our HR address is ⟦EMAIL_ADDRESS|hr-payroll@northwind.example⟧. Please disregard the earlier mail.",
        "W-9 summary for vendor file\nName: Carla Jimenez (sole proprietor)\nTIN type: SSN\nTIN: ⟦US_SSN|808-19-2049⟧\nAddress: 901 Elm Ave, Austin TX 78701\nPhone: ⟦PHONE_NUMBER|512-555-0199⟧",
        "Traceback (most recent call last):\n  File \"/srv/app/db.py\", line 41, in connect\n    engine = create_engine(\"⟦SECRET|postgresql://billing_rw:NLY7yeKJoKf8rx5sK@pg.internal.example/app?sslmode=require⟧\")\n  File \"/usr/lib/python3.12/site-packages/sqlalchemy/engine/create.py\", line 602, in create_engine\nsqlalchemy.exc.OperationalError: could not connect to server: Connection refused",
        "OPENAI_API_KEY=⟦SECRET|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⟧\nANTHROPIC_API_KEY=⟦SECRET|sk-ant-api03-9C0RJCgjVuANMMVv7kpWwtG2Bg-YSXvflGmIkrk4EW3YvP4q_Bp30pLJFWay4cdFHAwKszING5vT_1pAXAKndpbLrjVN3AA⟧\nMODEL=gpt-4.1-mini",
        "Firewall change request CR-7781: allow TCP 443 from ⟦IP_ADDRESS|10.24.8.15⟧ and ⟦IP_ADDRESS|10.24.8.16⟧ to the payments VIP ⟦IP_ADDRESS|172.20.4.200⟧. Requested by network team, approved 27 Nov.",
        "Hi support, my card ⟦CREDIT_CARD|5558 5017 7548 6592⟧ was declined at checkout even though I have funds. The billing zip is 98101. Can you check? My number is ⟦PHONE_NUMBER|206-555-0123⟧.",
        "[Thu 14:02] alex: what's the staging db password again?\n[Thu 14:03] sam: ⟦SECRET|oWWAaJ^z7*0Nv5_zU_aX2⟧\n[Thu 14:03] sam: don't put it in the wiki pls",
        "Wire transfer instructions (updated 01/12/2026)\nBeneficiary: Lindqvist Design AB\nIBAN: ⟦IBAN_CODE|SE92 6599 1734 0626 4219 0546⟧\nBIC: ESSESESS\nReference: PO 55012",
        "-- config/secrets.yml\nproduction:\n  secret_key_base: ⟦SECRET|94e8f5e183d2b2e0552c89667a822be1598b7cc5f8a7870cad78625e48e544eb⟧\n  sendgrid_api_key: ⟦SECRET|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⟧",
        "Dear Mr. Okafor,\nwe received your application. To complete your KYC please confirm that your date of birth is ⟦DATE_TIME|14 March 1979⟧ and your SSN ends in 4821. You can reach our team at ⟦PHONE_NUMBER|+1 646 555 0110⟧.\nKind regards, Account Opening",
        "curl -H \"Authorization: Bearer ⟦SECRET|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3MDY3MSIsImlhdCI6MTc2NDY4MzgzMiwiZXhwIjoxNzY1ODgwNzgzLCJzY29wZSI6ImFkbWluIn0.zYkUCbePd4kF-5MPTRlghgojM9fvPgEh0uj1CkUI8u7sAgpGRhjixztVEB5f-LhuSz9OFy4cqzAvSxIHINrpfw⟧\" https://api.internal.example/v1/users/me",
        "Incident INC-2231 timeline\n09:02 anomaly: 12k requests/min from ⟦IP_ADDRESS|185.220.101.34⟧\n09:05 blocked at WAF\n09:11 second wave from ⟦IP_ADDRESS|2a02:c207:2030:9412::1⟧\n09:20 geo-block applied; closed",
        "Guest registration — Seaview Hotel\nName: Ingrid Bauer\nPassport: on file\nMobile: ⟦PHONE_NUMBER|+49 151 23847619⟧\nEmail: ⟦EMAIL_ADDRESS|ingrid.bauer@reisen.example⟧\nCard on file: ⟦CREDIT_CARD|5243-7654-4330-9921⟧",
        "Reminder: the deploy key for the runner is below, rotate by Friday.\n⟦SECRET|-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nF1qAWb12sG3fZfiaItKzsqoKbY+58myjmQythVC3Gfic5JAP/Six5/webVq+VAOMmm6jaR\nyOwImxzQkzk5YutpqTTuFU1FGJGh2TbJLsf+toG5KpYAzxEeX6qra/VmBEesxHvpZkVJz5\nApu4JK7s+IS8kMDqN4EStpdnQEPIdS1xl/X5CKC4GFOTqCZsjwcP1Hks62KEDjTlBMXa1R\nSYbXhwJ9qD8H4L2wmFDRl7GqNjEVoXQxKQ6cpsJNBxdEmDIFEbeHrpSYDX6chehI1qGXh6\nFPzhSAxQUytFClqYaiALGA6Ie+F+CO1ef3H1tgyqfevRIE3TOe\n-----END OPENSSH PRIVATE KEY----5⟧",
        "npm publish failing in CI — I set the secret like this:\n//registry/:_authToken=${NPM_TOKEN}\nand NPM_TOKEN=⟦SECRET|npm_4CbVHrfqZuftc3ydUquViqYyZh2RtgB1pGJn⟧ in the project settings. Still 401.",
        "GitLab CI variables (exported from project settings)\nGITLAB_TOKEN=⟦SECRET|glpat-QRY9nq5dLuzVXPm0Sqif⟧\nDEPLOY_ENV=staging\nREGISTRY_USER=ci-bot",
        "Subject: Your Twilio credentials\nAccount SID: ⟦SECRET|AC9ad9ab8a034aaa2e8febc2141f87abbc⟧\nAuth token: ⟦SECRET|9ea50487435d13836822265d0bf976f7⟧\nAPI key SID: ⟦SECRET|SKdeb6f28d60cf2cd1be069039a9dd9e94⟧\nKeep these safe.",
        "maps:\n  provider: google\n  api_key: ⟦SECRET|AIza4ruGb2eV1ZKcllaXI7IV9RX6o9Ts1scwHVq⟧\n  default_zoom: 12",
        "DefaultEndpointsProtocol=https;AccountName=stcustosprod01;AccountKey=⟦SECRET|74bullCWQckHVIJJAOsa80YEa/8OjLRpihUHQkrfZfDnoYeDE/uKSTkrUb2ghbZrFmL6sD2SD0Y7CPpuAcT9VQ==⟧;EndpointSuffix=core.windows.net",
        "From the tenancy application: Applicant Jordan Blake, DOB ⟦DATE_TIME|1991-02-03⟧, SSN ⟦US_SSN|796-63-3531⟧, current landlord phone ⟦PHONE_NUMBER|(303) 555-0171⟧, previous address 77 Pine St Denver.",
        "Payment failed for subscription SUB-88412.\ncard_number=⟦CREDIT_CARD|4766 1123 2301 4273⟧ cvv=*** exp=11/27\nprocessor_response=05 Do Not Honor\nclient_ip=⟦IP_ADDRESS|192.0.2.144⟧",
        "Chat transcript\nVisitor: my email is ⟦EMAIL_ADDRESS|t.nguyen88@inbox.example⟧ and phone ⟦PHONE_NUMBER|+44 7912 408173⟧, I never got the confirmation\nAgent: thanks, resending now",
        "We are pleased to confirm the appointment of Ms. Chloe Barnes. For payroll setup: NI number ⟦UK_NINO|ER201690B⟧, bank sort code 20-00-00, IBAN ⟦IBAN_CODE|GB98RNLB18614427031617⟧. Her partner (joint mortgage reference) has NI number ⟦UK_NINO|MX 76 19 71 B⟧.",
        "kubectl get secret db-creds -o yaml\napiVersion: v1\nkind: Secret\ndata:\n  password: ⟦SECRET|Wz8XnZyZx+cQt8+z79iBM9eZyCqdY0+F87LyQduPpmo=⟧\nmetadata:\n  name: db-creds\n  namespace: payments",
        "Hello, I am travelling to Spain next week. My card ⟦CREDIT_CARD|4847-8395-7105-4089⟧ keeps being blocked abroad. Also please update my email to ⟦EMAIL_ADDRESS|m.ross@fastmail.example⟧. Thanks, Martin",
        "sshd[2211]: Accepted publickey for deploy from ⟦IP_ADDRESS|10.0.3.27⟧ port 51022 ssh2\nsshd[2219]: Failed password for invalid user admin from ⟦IP_ADDRESS|45.155.205.19⟧ port 40412 ssh2",
        "Refund request — please pay back to my bank account rather than the card. Account holder Lucas Fontaine, IBAN ⟦IBAN_CODE|FR49 7413 8443 62EI GNRU TBRT Q26⟧. Phone ⟦PHONE_NUMBER|+33 6 41 27 88 05⟧.",
        "{\"event\":\"user.signup\",\"user\":{\"id\":77812,\"email\":\"⟦EMAIL_ADDRESS|ava.lin@startup.example⟧\",\"phone\":\"⟦PHONE_NUMBER|+16505550143⟧\"},\"ip\":\"⟦IP_ADDRESS|198.51.100.201⟧\",\"ts\":\"2026-11-27T18:22:05Z\"}",
        "Discharge summary\nPatient NHS No: ⟦UK_NHS|4474473752⟧\nDOB: ⟦DATE_TIME|02/11/1948⟧\nAdmitted with community-acquired pneumonia, treated with amoxicillin, discharged day 4. Follow-up with GP in 2 weeks.",
        "Crypto payout settings\nPreferred network: Bitcoin\nWithdrawal address: ⟦CRYPTO|1PvpMnwGcPooZpZ82qRCgioAhysSgta6o5⟧\nBackup address: ⟦CRYPTO|bc1pxfp3rxa2teyvyr2avvhpl23uh5pv6s0pj6afa98ex66mrefw03esmrpzy4⟧",
        "Stripe restricted key for the reporting job: ⟦SECRET|rk_live_dGuHSiPWZ5nuNFEvhi4iSqof⟧ (read-only on charges and payouts).",
        "I keep getting 'invalid credentials' when running the script. Here's my config:\n\nusername = 'svc_reports'\npassword = '⟦SECRET|+gwoCz%N2PacNCkCJRI*WcpQ⟧'\nhost = 'reports.internal.example'\n\nWhat am I doing wrong?",
        "git remote -v\norigin  https://oauth2:⟦SECRET|glpat-SroGsfSjlnMOFIgUdkrZ⟧@gitlab.corp.example/platform/infra.git (fetch)\norigin  https://oauth2:⟦SECRET|glpat-SroGsfSjlnMOFIgUdkrZ⟧@gitlab.corp.example/platform/infra.git (push)",
        "Vendor master data update\nVendor: Kowalski Tools Sp. z o.o.\nIBAN: ⟦IBAN_CODE|PL87 5315 4085 1529 4619 9879 6864⟧\nContact: ⟦PHONE_NUMBER|+48 22 654 32 10⟧, ⟦EMAIL_ADDRESS|biuro@kowalski-tools.example⟧",
        "Meeting notes: migrating from the old VPN. Office gateway ⟦IP_ADDRESS|81.2.69.160⟧, new WireGuard peer ⟦IP_ADDRESS|fd00:12:34::1⟧, DNS at ⟦IP_ADDRESS|10.10.0.53⟧.",
        "Dispute form\nCardholder: Nora Lindgren\nCard: ⟦CREDIT_CARD|6011 3482 0981 2335⟧\nTransaction: 24 Nov 2026, USD 312.50, merchant GADGETZONE\nReason: goods not received\nContact: ⟦EMAIL_ADDRESS|nora.lindgren@mail.example⟧",
        "Please don't share this outside the team — the root CA signing key:\n⟦SECRET|-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAsvyw5fa/Qm8WO0VGitPDi1LPHQV3AhtAofTwiZb0W0UGnuDx\ntqu3h2a2AUNf3iV5BFZGIDvZPWegr3i1PpePGqnMsr5bO5xfl+KuEdYmiKdXoDv6\nIp9Qi1fn9lz46XSL4mU0jqZ2BNgZJPHNuTYhuRsC4oGdPUGvmM2wlJEwyQflxnme\nWHnhTkhvC3L7krKuN5fYIYq54CfkZQgTlF7Z6RrpS5QnTFUk7t02rUUaDuHlB6zT\n91xdN84b7HsAbXLXS/sNzZaUJdlGHHPE6APhVeqcdl0nynrjkQDXStOK5iiSs9Un\noD1f2b+0jMv+WrlhKwVI1SZVkXACB9hn9w4sHnNVCfoje9uZ1iAoJaq3DkXZSJhL\nFpq4qsRH3K8rsKTMrR6NoyAJi5pNG//zTmYYAlIii4kJPszzv5d7Ap85cOtcsLLQ\n2WiXpHGX8CHxUydhCqU6v5yU2Y+ZCDrx0/j/4ZOD5BkYrqN1SBTGB8jYesfBh5Ru\n4ic7mV1I463cfRps7gysRqmY++7Rw8Fej+2OaIZi+Gc1VxSbjNNEdl1iow0WTGQZ\nHvuDeN2zdcez+pMJRbJlpTUNQrQvfoayi64mACeI688Vz8QKdo/u1GG6chwSR1+W\nOi67IxEty4dxbBGCLkRhw2m3NVuhPxCNSetZRc7bbci9wc77bSB3kf43tOgdcPb3\n5Q6lpxs2PltPklXNhmxSeUFo2NGsio2yvq/DPhHwcu3C1evOLcYtn3VLZD2MsgQb\ncJn2jxk1tPNxV5NbSC87367jnSj8mcwdpu7fxqJaYwoOXpXq+uc8tGCMTlA/DSJs\nEh444VfXLrpOPaRYEsbkQF2MVagVsDKgHhHs/pcZ++VrbabFWKpj6tA0QA7QlvCd\ns9BTb+syOWoZaVVgTanWWyAdP0vqCwDBZkLu0LE9W1ces+ZwyExWzJJpAbO9fvE8\nzNiKota+EZxk6NyEAan1JP4PWA7jW2xX0wlMrN5vDh2JrjHkHdBWgwdDFSxRRQSL\n4OWKpAtLO6A008h8d4L45PrDSle+4+nBk4betXd0GR+so6b5pCIxlRPRiwU/DvJ6\ng9S15fsOjzV57RtiqLOwofEVd9Xj+/3zu+K5LDDSsWX4i3K39GNROp+1hRn1HpQ/\nK4zqVZVjkflr70v4m4U8VCb0F6hPnMM+gozWyCuaQq3EHBh2yFU0vghmnnjm0Zpe\nZa4cfkQExKZVge3FfAXGqSbmJrlhGNDvQMmaMbj5lm4Mc8twJo4bZnUUworQNNMe\n1CVJkmzE/3xN3EDtvIE2RM2r+dYlFA4g7Z1eJu2mDgOEcklgglckajif5RsD3YvM\ntJq2Bu/KA6e/EBgTR0v88EzU1i5su3N1RaIdxHw3hGD4Bc+qV7GFgL9FQcwkFaDQ\nElzbSQtS/+r7kc8nF3Z/JzqQ2/j2aEyGbV520/p0ERtST2DyTrMsQcU6zwTv9+R2\nsiKEZS1Elc+OmUCiDRJmtDdib7x+/f3KjXij6fA7djp+yqiJsM0Msmz4CmTaytz9\nNupcAQSuS4te+8nNXo3dP6WzbvvZxkdsjU1B6K0o\n-----END RSA PRIVATE KEY----Q⟧",
        "Beneficiary update for pension scheme: Mr. Arjun Mehta, PAN ⟦IN_PAN|FKVPC8822M⟧, Aadhaar ⟦IN_AADHAAR|2836 3083 8981⟧, mobile ⟦PHONE_NUMBER|+91 98201 44736⟧.",
        "Contractor invoice #0147\nBill to: Vela Srl, Via Roma 12, Milano — VAT ⟦IT_VAT_CODE|IT13671900507⟧\nFrom: Hartmann Consulting GmbH — USt-IdNr. ⟦DE_VAT_ID|DE281708307⟧\nAmount: EUR 4,800.00\nPay to IBAN ⟦IBAN_CODE|DE37 0474 6292 8587 8682 66⟧",
        "Background check consent\nCandidate: Samuel Ortega\nSocial Security Number: ⟦US_SSN|828268117⟧\nDate of birth: ⟦DATE_TIME|December 9, 1990⟧\nSignature: S. Ortega",
        "Anthropic key leaked in the support thread, rotate now: ⟦SECRET|sk-ant-api03-JUtHJwkURsHGGSXJ7btqGCzjz2Er6YzkjthdZW1rqjEWrKzYTwCMsS_LlMA7cLnV4GhgOuqno3FAYpBXrGapzW9DIevD0AA⟧",
        "Call log export\n2026-11-20 10:14, inbound, ⟦PHONE_NUMBER|+353 1 437 2291⟧, 4m12s\n2026-11-20 11:02, outbound, ⟦PHONE_NUMBER|+31 20 794 1182⟧, 1m40s\n2026-11-20 11:30, inbound, ⟦PHONE_NUMBER|+41 44 668 18 00⟧, 7m03s",
        "docker run -e POSTGRES_URL=⟦SECRET|postgres://etl_job:zrFgQ11ilJbDWcFnz0UI07@mysql.shop.example:5432/app⟧ -e REDIS_URL=⟦SECRET|redis://:RVc2B1Cm9lMGm2GyH@cache-01.prod.example:6379/0⟧ -p 8000:8000 registry.corp.example/shop/api:2.14.1",
        "Thanks for your donation! Receipt #D-20931 was sent to ⟦EMAIL_ADDRESS|g.hughes@charity-donor.example⟧. Card charged: ⟦CREDIT_CARD|3540 3591 5070 9229⟧.",
        "Account recovery: the user says the recovery email is ⟦EMAIL_ADDRESS|kim.soyeon@webmail.example⟧ and the number on file is ⟦PHONE_NUMBER|+82 10-2817-4463⟧. Last login IP ⟦IP_ADDRESS|211.234.118.9⟧.",
        "github actions log:\nRun git clone https://x-access-token:⟦SECRET|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⟧@github.com/acme/private-tools.git\nCloning into 'private-tools'...",
        "SEPA direct debit mandate\nCreditor: FitLife Clubs BV\nDebtor: Sanne de Vries\nDebtor IBAN: ⟦IBAN_CODE|NL32 LGES 2916 5865 54⟧\nMandate ref: FL-2026-00419\nSigned 18 Nov 2026",
        "Anyone know why my python script returns 403? key = \"⟦SECRET|AIzaVeiFHYKkjvI0kqKHEAmJ9gMAjORLre4UedO⟧\"\nurl = f\"https://maps.api.example/geocode?address=Paris&key={key}\"",
        "Insurance claim form\nPolicyholder: Laura Chen\nSSN: ⟦US_SSN|428-96-2684⟧\nSpouse SSN: ⟦US_SSN|571-06-9640⟧\nPhone: ⟦PHONE_NUMBER|(416) 555-0163⟧\nEmail: ⟦EMAIL_ADDRESS|laura.chen@family.example⟧",
        "memcached stats from ⟦IP_ADDRESS|10.12.0.8⟧:11211 — curr_connections 412, evictions 0. Replica ⟦IP_ADDRESS|10.12.0.9⟧:11211 lagging.",
        "Please transfer the deposit (EUR 1,200) to Lorenzo Bianchi, IBAN ⟦IBAN_CODE|IT46 W862 3319 298H R3MD X3VW OAA⟧, codice fiscale ⟦IT_FISCAL_CODE|BDGZNB40D25L736L⟧. Thank you!",
        "My Diners card ⟦CREDIT_CARD|3620 833743 7856⟧ got charged in a currency I didn't choose. Can you reverse the conversion fee?",
        "UK visa sponsorship form, section 4\nNational Insurance number (if known): ⟦UK_NINO|NR 13 92 39 C⟧\nNHS number (if known): ⟦UK_NHS|969-750-7015⟧\nUK phone: ⟦PHONE_NUMBER|07931 552804⟧",
        "ECDSA key for the signing service (do not commit):\n⟦SECRET|-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIepe+qK0pKaBocPWTUoQfqgUAqZ4TOMPzR1iO2BJRtm776srT9eUptUf\neCpVNT/ZXioXBVgS59RJLBZ2lHUaRa/7B/jHhpp2zcwekg9Kc4c1A1Yx+\n-----END EC PRIVATE KEY----1⟧",
        "Spanish tax ID for the employee file: NIF ⟦ES_NIF|91597088W⟧. Spouse (foreign resident) NIE ⟦ES_NIF|Z9406982X⟧.",
        "customer record migrated:\n  id: 5571\n  name: Zofia Wiśniewska\n  pesel: ⟦PL_PESEL|04282097974⟧\n  phone: ⟦PHONE_NUMBER|+48 601 234 567⟧\n  iban: ⟦IBAN_CODE|PL63248496984440907753873752⟧",
        "mongo shell history\n> use admin\n> db.auth('root', '⟦SECRET|3goTbG=gNWbPRNgAkQpi⟧')\n1\n> show dbs",
        "Donations accepted via BTC: ⟦CRYPTO|3JWfR77obVRnd694SqWErhuey58GytNoxF⟧ — thank you for supporting the open-source maintainers!",
        "Reach our Singapore office at ⟦PHONE_NUMBER|+65 6812 4407⟧ or our Johannesburg office at ⟦PHONE_NUMBER|+27 21 480 7712⟧. General enquiries: ⟦EMAIL_ADDRESS|hello@globalfreight.example⟧.",
        "Webhook delivery failed: POST ⟦SECRET|https://hooks.slack.com/services/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⟧ returned 404 channel_not_found",
        "Form 1040 worksheet (draft, do not file)\nTaxpayer: Michael R. Dunn, SSN ⟦US_SSN|175-87-2399⟧\nSpouse: Rebecca A. Dunn, SSN ⟦US_SSN|032-48-7160⟧\nDependent 1: Ethan Dunn, SSN ⟦US_SSN|568 44 8409⟧, date of birth ⟦DATE_TIME|04/22/2015⟧\nPreparer phone: ⟦PHONE_NUMBER|(919) 555-0186⟧",
        "employee_id,last_name,first_name,ssn,state\n30021,Alvarez,Maria,⟦US_SSN|502-41-9893⟧,TX\n30022,Brooks,Daniel,⟦US_SSN|115754789⟧,OH\n30023,Chowdhury,Anika,⟦US_SSN|830-71-4524⟧,NJ",
        "Referral letter\nRe: Mr. George Whitmore, date of birth ⟦DATE_TIME|19/06/1952⟧, NHS number ⟦UK_NHS|604-171-8394⟧\nDear Dr Patel, I would be grateful if you could see this gentleman with worsening exertional dyspnoea. His wife's NHS number for the carer record is ⟦UK_NHS|465 301 9886⟧. Surgery direct line ⟦PHONE_NUMBER|0113 496 0281⟧.",
        "Cross-border invoice check\nSupplier: Brenner Maschinenbau GmbH, VAT ⟦DE_VAT_ID|DE922401300⟧, IBAN ⟦IBAN_CODE|AT49 0601 0008 5509 0837⟧\nCustomer: Officine Rinaldi S.p.A., P.IVA ⟦IT_VAT_CODE|IT34498840304⟧, legal rep. fiscal code ⟦IT_FISCAL_CODE|LZAFNS68A51F205V⟧\nBelgian subsidiary account: ⟦IBAN_CODE|BE80 0928 1233 2410⟧",
        "Loan application #HL-55021\nApplicant: Kavya Iyer\nPAN: ⟦IN_PAN|ZKXPC7230X⟧\nAadhaar: ⟦IN_AADHAAR|6509-1733-2100⟧\nCo-applicant PAN: ⟦IN_PAN|GBXPC3448N⟧\nEmail: ⟦EMAIL_ADDRESS|kavya.iyer@inbox.example⟧\nPhone: ⟦PHONE_NUMBER|+91 70219 88413⟧",
        "Relocation list for the Madrid, Warsaw and Turin offices\n- Diego Navarro — NIF ⟦ES_NIF|43371847B⟧\n- Ewa Kamińska — PESEL ⟦PL_PESEL|96012443555⟧\n- Matteo Greco — codice fiscale ⟦IT_FISCAL_CODE|TVOVRL45L08C351H⟧, P.IVA (freelance) ⟦IT_VAT_CODE|IT52913160363⟧\n- Olga Petrova — NIE ⟦ES_NIF|Z6097110E⟧\n- Piotr Lewandowski — PESEL ⟦PL_PESEL|08262556750⟧",
        "Support ticket #C-90412 (exchange)\nUser ⟦EMAIL_ADDRESS|satoshi.fan@wallets.example⟧ reports a withdrawal to ⟦CRYPTO|bc1qx5f32kkhxm09pmu9vdjhvvjx7ke3l2rc38p9gk⟧ stuck since Monday. Deposit address on file: ⟦CRYPTO|1Ayo4dQRZRxoJcaDhLerGQYKsEkHivsrJY⟧. Login IP ⟦IP_ADDRESS|185.199.110.42⟧. German VAT for the business account: ⟦DE_VAT_ID|DE349282270⟧.",
        "Swiss and Irish payees added to the payment run: Alpenblick AG, IBAN ⟦IBAN_CODE|CH33 2221 9QPW UKR4 TE1J 9⟧; Galway Seafoods Ltd, IBAN ⟦IBAN_CODE|IE02 LODE 5127 8003 5585 85⟧; Danish freight agent, IBAN ⟦IBAN_CODE|DK8151260493034596⟧. UK office NINO for the seconded employee: ⟦UK_NINO|KP 03 49 03 A⟧.",
        // English, hard negatives (no marked value).
        "commit 47b845729def5b6d286744605fb51b2762e6a506\nAuthor: build-bot\nDate:   Fri Nov 27 16:04:11 2026 +0000\n\n    Bump version to 3.18.2 and regenerate lockfile",
        "Release checksums (SHA-256)\n1714f6df61a6a65bfaebd71810a9ffb1901549929b695d95399b7efadaf805c8  custos-linux-x64.tar.gz\n729153bcea3a2c1b8c408be78d9049736ffcff070c8fb39bf6c141e93a93d347  custos-osx-arm64.tar.gz\nbd04b5511c34cf237658bbdc0dffdbe84e756494fe4da3ad15fb49e911ff828c  custos-win-x64.zip",
        "Your order #112-4839201-5562718 has shipped. Tracking: 1Z 999 AA1 01 2345 6784. Estimated delivery: Tuesday, 2 December.",
        "AWS docs example: aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nReplace these with your own values.",
        "Test card numbers that always fail validation in our sandbox: 4271 8594 9591 7561 and 4415025354447604 — use them to exercise the 'invalid number' path.",
        "request_id=3f0c9e1a-5913dd68bf985a4b3cb6ce4f trace_id=f35d98f8-e548-45b2-a167-2e3e074caa09 span=7a1c2e44b0d1f9aa status=200 duration_ms=183",
        "Hi team, the meeting moved to 14/03/2026 at 10:30. Room 4.12. Please bring the Q4 forecast (version 2.3.1).",
        "Set OPENAI_API_KEY=your-api-key-here in .env, then run `npm start`. Never commit the real key.",
        "Part no. 555-0142-A7 (hinge, left) and 555-0143-A7 (hinge, right) are back in stock. SKU HNG-0142-L, HNG-0143-R.",
        "ISBN 978-0-13-468599-1 and ISBN 978-1-4919-5017-3 are on the reading list for the architecture course.",
        "Docker image digest: sha256:b9acedd483f4b7258058a3f6dee06082fb048e4d5b738abd72c56d531028e4e0\nImage ID: 21ffa5fe2c1\nCreated 3 days ago, size 212MB",
        "Invoice INV-00048213 dated 2026-11-01, due 2026-12-01. PO 4500018823. Amount EUR 12,480.00. Thank you for your business.",
        "Our SSN-format validator rejects 666-34-2267 and 666-17-2957 as expected (area numbers 000, 666 and 900-999 are never issued).",
        "Example IBAN with a wrong check digit for the unit test of the form: DE38 9843 8677 8842 8984 93. The form should show 'IBAN is not valid'.",
        "Build 2026.11.27.4 succeeded in 12m 41s. Artifacts: app-3.4.0-rc.2.apk (48.2 MB), app-3.4.0-rc.2.aab.",
        "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABQw5prHyWkydcA6auHvSlAZXmPNDOtjf7WsooV9vbeh4tsOlsM6dIYYpFlbZR8ZungtlGg3+3Drw/HM0t4u89njLeL+PtLYdwnFUMc+d/n9BK0YCItH0+cQX3H13YdtbVlPjXNGOS1A1X080VQa3VuD8eeRseiOgY\" alt=\"logo\">",
        "Authorization: Bearer <TOKEN>\nContent-Type: application/json\n\nReplace <TOKEN> with the value from your dashboard.",
        "Stripe test mode: use sk_test_xxxxxxxxxxxxxxxxxxxxxxxx and the card 4242 4242 4242 4241 only in the sandbox. Wait — our linter flags 4242 numbers, so in docs we write 4000 0000 0000 0001 instead.",
        "Meeting room booking: Tue 02/12/2026 09:00-10:00, Wed 03/12/2026 15:00-16:30. Organiser: facilities team.",
        "https://drive.example/file/d/1aZ9kQ7vX3pL0mN8bR2tY6wU4sE5cD7fG/view?usp=sharing — the slides from yesterday.",
        "Warehouse pick list\nBIN A-12-03  SKU 400-1823-77  qty 12\nBIN A-12-04  SKU 400-1823-78  qty 4\nBIN C-01-11  SKU 612-0099-10  qty 30",
        "Serial numbers of the returned laptops: 5CD1234XYZ, 5CD1234XZA, C02ZK1AAMD6M. RMA number RMA-2026-118842.",
        "Error: password must be at least 12 characters and contain a digit. Example of a strong pattern: <word>-<word>-<number>. Do not use 'password123'.",
        "The old API token format (32 hex chars) is deprecated; tokens now look like cus_<random>. See docs section 4.2.",
        "Version matrix: node 22.11.0, npm 10.9.0, dotnet 10.0.100, python 3.12.7, postgres 17.2.",
        "UUIDs for the seed data:\n794cca89-562b-4763-87a6-262377d78171\n2884ac65-dab4-462e-aeac-9b79c047ee72\n9b729f85-7449-47da-ab20-f49749065209",
        "Container logs truncated: 'ERROR: connection string missing. Expected format: postgres://USER:PASSWORD@HOST:PORT/DB'.",
        "Your verification code is 482913. It expires in 10 minutes. Never share this code.",
        "The config key is `slack_bot_token: xoxb-your-token-here`; paste the value from the Slack app page.",
        "git log --oneline\n6efc9b5 fix null check in parser\n33d1e4b add retry to uploader\n671a1ad bump deps",
        "Tracking: 9400 1000 0000 0000 0000 00 is the placeholder shown in USPS docs; yours will arrive by email.",
        "Hex dump:\n00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|\n00000010  03 00 3e 00 01 00 00 00  40 11 00 00 00 00 00 00  |..>.....@.......|",
        "Policy number POL-774-2291-0083, claim CLM-2026-55120. Adjuster will call within 3 working days.",
        "MAC addresses of the APs: 3C:52:82:1A:7F:04, 3C:52:82:1A:7F:08. Firmware 6.2.14.",
        "Expiry dates for the certificates: api.example — 2027-03-14; www.example — 2026-12-30.",
        "JWT structure: header.payload.signature, each part base64url-encoded. The header usually decodes to {\"alg\":\"HS256\",\"typ\":\"JWT\"}.",
        "Model run 2026-11-27 #418: loss 0.0421, val_loss 0.0477, lr 3e-4, seed 1234, commit cda8665.",
        "Shipment 00340434161234567899 (SSCC) — pallet 2 of 3, gross weight 412 kg.",
        // French, marked values.
        "Bonjour, suite à notre échange, voici mes coordonnées bancaires pour le remboursement : IBAN ⟦IBAN_CODE|FR32 3330 4048 31ZD ZYDM KDOW S87⟧, titulaire Mme Claire Dubois. Vous pouvez me joindre au ⟦PHONE_NUMBER|06 72 14 39 58⟧. Cordialement.",
        "Fiche patient\nNom : Martin, Lucien\nNé le ⟦DATE_TIME|12/05/1956⟧ à Lyon\nTél. : ⟦PHONE_NUMBER|+33 4 78 62 19 40⟧\nCourriel : ⟦EMAIL_ADDRESS|l.martin@laposte.example⟧",
        "Journal du pare-feu : connexion refusée depuis ⟦IP_ADDRESS|91.121.44.207⟧ vers le port 22, 148 tentatives en 5 minutes.",
        "Facture n° F-2026-1183 — réglée par carte ⟦CREDIT_CARD|5326 5566 6583 3122⟧ le 21/11/2026. Merci de votre confiance.",
        // French, hard negatives (no marked value).
        "Référence de commande CMD-77120-FR, colis n° 6A12345678901. Livraison prévue le 03/12/2026 entre 8 h et 13 h.",
        "Le hash du fichier est 6e0432555a7cfd43df443ae02ef5b433197e385fd4950c8c290f6f2074da1b93 ; comparez-le avant l'installation. Version 4.2.0.",
        "Attention : ce RIB de test contient une clé fausse, FR76 6797 9102 80BN ZINE HWYV L65, le formulaire doit le refuser.",
        // German, marked values.
        "Sehr geehrte Damen und Herren,\nbitte überweisen Sie die Kaution auf folgendes Konto: ⟦IBAN_CODE|DE14 0872 8590 5131 6205 22⟧ (Inhaber: Jonas Becker). Rückfragen gerne unter ⟦PHONE_NUMBER|030 28476193⟧ oder ⟦EMAIL_ADDRESS|j.becker@posteo.example⟧.\nMit freundlichen Grüßen",
        "Personalbogen\nName: Schulz, Miriam\ngeboren am ⟦DATE_TIME|03.07.1990⟧ in Köln\nMobil: ⟦PHONE_NUMBER|+49 172 4839215⟧\nSteuerliche USt-IdNr. der Firma: ⟦DE_VAT_ID|DE507071963⟧",
        "Server-Log: Anmeldung von ⟦IP_ADDRESS|185.12.64.3⟧ mit dem Passwort abgelehnt; zweiter Versuch von ⟦IP_ADDRESS|2a01:4f8:c17:9b2::2⟧ erfolgreich.",
        // German, hard negatives (no marked value).
        "Rechnung RE-2026-04471 vom 15.11.2026, Kundennummer 100483, Auftragsnummer 4500071123. Zahlbar bis 15.12.2026 ohne Abzug.",
        "Der Commit 2f34cd7cfae326b33b36320d729f1d9c108fe78a behebt den Fehler beim Import. Bitte auf Version 2.7.3 aktualisieren.",
        // German, marked values.
        "Konfiguration (config.ini):\n[datenbank]\nurl = ⟦SECRET|mysql://metabase:IdrGlVTCDsLLluGQzW9QSAR@cache-01.prod.example:3306/wp⟧\n[mail]\napi_key = ⟦SECRET|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⟧",
        "Meine Kreditkarte ⟦CREDIT_CARD|4661 2306 6558 2230⟧ wurde gestohlen, bitte sofort sperren! Ich bin unter ⟦PHONE_NUMBER|+49 89 21938475⟧ erreichbar.",
        // Spanish, marked values.
        "Hola, para la nómina necesito que actualicéis mis datos: NIF ⟦ES_NIF|40797433X⟧, IBAN ⟦IBAN_CODE|ES31 0517 5334 2861 7907 4443⟧. Mi móvil es ⟦PHONE_NUMBER|612 48 37 90⟧. Gracias, Lucía",
        "Formulario de inscripción\nNombre: Javier Morales Ruiz\nFecha de nacimiento: ⟦DATE_TIME|23/11/1982⟧\nCorreo: ⟦EMAIL_ADDRESS|javier.morales@correo.example⟧\nNIE (si extranjero): —",
        // Spanish, hard negatives (no marked value).
        "Pedido nº 408-1128833 enviado. Número de seguimiento: ES2026112800123. Entrega estimada: jueves 4 de diciembre.",
        // Spanish, marked values.
        "Registro del servidor: ⟦IP_ADDRESS|88.27.154.61⟧ solicitó /wp-login.php 300 veces; bloqueado por fail2ban.",
        // Spanish, hard negatives (no marked value).
        "La tarjeta de prueba 4260-6780-2371-4963 no pasa la validación, es lo esperado en el entorno de pruebas.",
        // Spanish, marked values.
        "Te paso la clave de la API de mapas para el proyecto: ⟦SECRET|AIzaQmFF_ow-T3Z1dZs2qhLX3mzI92HnPtHdmV6⟧ — no la subas al repositorio, ¿vale?",
        // Spanish, hard negatives (no marked value).
        "Factura 2026/0912, versión 1.4 del contrato, referencia catastral 9872023VH5797S0001WX.",
        // Italian, marked values.
        "Gentile cliente, per completare l'iscrizione inviaci il codice fiscale (⟦IT_FISCAL_CODE|CGETCL85L41L219V⟧) e la partita IVA dell'azienda (⟦IT_VAT_CODE|IT86738060085⟧). Per assistenza chiama il ⟦PHONE_NUMBER|06 4821 7735⟧.",
        "Modulo di rimborso\nIntestatario: Giulia Ferri\nIBAN: ⟦IBAN_CODE|IT44 N913 0714 905C EECT WTF8 4WU⟧\nData di nascita: ⟦DATE_TIME|05/09/1976⟧\nCodice fiscale: ⟦IT_FISCAL_CODE|DZRHZN55H60G273U⟧\nCellulare: ⟦PHONE_NUMBER|+39 347 218 4409⟧",
        "Ho ricevuto un'email da ⟦EMAIL_ADDRESS|assistenza@banca-sicura.example⟧ che chiede il PIN: è phishing? Il mittente scrive da ⟦IP_ADDRESS|5.188.62.140⟧ secondo le intestazioni.",
        // Italian, hard negatives (no marked value).
        "Ordine n. 2026-IT-55812 spedito con corriere, tracking 1Z9R0W126812345678. Consegna prevista il 02/12/2026.",
        "Il codice prodotto 8004-221-09 e il lotto L2026-11-B sono stati richiamati. Nessun dato personale coinvolto.",
        "Chiave di test per la documentazione: sk_test_xxxxxxxxxxxxxxxxxxxx. Non usare chiavi reali negli esempi.",
        // Italian, marked values.
        "Pagamento effettuato con carta ⟦CREDIT_CARD|6759 3448 5490 7435⟧ presso il punto vendita di Bologna, importo 84,50 €. Ricevuta intestata a Studio Conti, P.IVA ⟦IT_VAT_CODE|IT23214630180⟧.",
        // Dutch, marked values.
        "Beste klant, uw terugbetaling wordt gestort op rekening ⟦IBAN_CODE|NL66 FRZT 1563 2073 61⟧. Vragen? Bel ⟦PHONE_NUMBER|020 794 3318⟧ of mail ⟦EMAIL_ADDRESS|klantenservice@webwinkel.example⟧.",
        "Intakeformulier\nNaam: Pieter Jansen\nGeboortedatum: ⟦DATE_TIME|17-02-1993⟧\nMobiel: ⟦PHONE_NUMBER|06-41782915⟧",
        "Foutmelding: verbinding met ⟦IP_ADDRESS|10.8.1.44⟧ verbroken, opnieuw verbinden via ⟦IP_ADDRESS|10.8.1.45⟧.",
        // Dutch, hard negatives (no marked value).
        "Bestelnummer 2026-NL-883120, verzendcode 3SKABA1234567. Verwachte levering: vrijdag 5 december.",
        "Checksum van het installatiebestand: cab3df15efe76235a0ae8f6a054e5d45905d716f5f65156a8db134f0c134733a. Versie 11.0.2.",
        "IBAN voor de test met fout controlegetal: NL93 HXUJ 8751 1131 87 — moet worden afgewezen.",
        // Polish, marked values.
        "Dzień dobry, proszę o zwrot na konto ⟦IBAN_CODE|PL53 8709 2768 1303 4389 4445 4400⟧. PESEL: ⟦PL_PESEL|05212170312⟧. Telefon kontaktowy: ⟦PHONE_NUMBER|601 482 937⟧. Pozdrawiam, Anna Nowak",
        "Karta pacjenta\nImię i nazwisko: Tomasz Zieliński\nData urodzenia: ⟦DATE_TIME|1988-06-30⟧\nPESEL: ⟦PL_PESEL|70082241310⟧\nE-mail: ⟦EMAIL_ADDRESS|t.zielinski@poczta.example⟧",
        "Logi serwera: nieudane logowanie z adresu ⟦IP_ADDRESS|31.135.22.90⟧, konto zablokowane.",
        // Polish, hard negatives (no marked value).
        "Numer zamówienia 2026/11/04812, numer przesyłki 00359007738012345678. Faktura VAT FV/2026/11/0412.",
        "Wersja aplikacji 5.3.1 (build 20261127), identyfikator sesji 42d86c31-df57-4607-9d57-d6316573eea2.",
        "Przykładowy numer PESEL z błędną sumą kontrolną do testów: 90010112345 — formularz powinien go odrzucić.",
        // Portuguese, marked values.
        "Olá, segue o IBAN para a transferência da renda: ⟦IBAN_CODE|PT18 2990 7083 7280 3210 2591 8⟧. Qualquer dúvida ligue para ⟦PHONE_NUMBER|912 345 871⟧. Obrigado, Rui",
        "Ficha de cliente\nNome: Beatriz Almeida\nData de nascimento: ⟦DATE_TIME|22/02/1995⟧\nE-mail: ⟦EMAIL_ADDRESS|beatriz.almeida@correio.example⟧\nTelefone: ⟦PHONE_NUMBER|+55 11 98734-2210⟧",
        "O meu cartão ⟦CREDIT_CARD|4843608454866883⟧ foi recusado na loja online, podem verificar?",
        // Portuguese, hard negatives (no marked value).
        "Encomenda nº PT-2026-11-7712, código de rastreio RR123456785PT. Entrega prevista para 3 de dezembro.",
        "Hash do commit: e825fc4601a47ac1df214dc81669c90865726f51; versão 1.9.0 publicada ontem.",
        "Exemplo de chave na documentação: AKIAIOSFODNN7EXAMPLE. Substitua pela sua própria chave.",
        // Hindi (romanised), marked values.
        "Namaste sir, mera Aadhaar number ⟦IN_AADHAAR|8402 1096 7234⟧ hai aur PAN ⟦IN_PAN|SOZPV6312K⟧. KYC update kar dijiye please. Mobile: ⟦PHONE_NUMBER|+91 87654 21930⟧",
        "Bhai UPI fail ho raha hai, card se pay kar diya ⟦CREDIT_CARD|4877 8569 3746 5695⟧. Refund is email pe bhejna: ⟦EMAIL_ADDRESS|rohit.sharma@mail.example⟧",
        // Hindi (romanised), hard negatives (no marked value).
        "Aapka order #OD3271884413 dispatch ho gaya hai. Tracking ID: FMPC1234567890. Delivery 2 December tak.",
        "Server ka naya version 2.4.7 deploy ho gaya, build id 7c35b20. Koi issue ho to batao.",
        // Hindi (romanised), marked values.
        "Janam tithi ⟦DATE_TIME|15/08/1992⟧, naam Neha Verma, Aadhaar ⟦IN_AADHAAR|475677197910⟧ — form mein yahi bharna hai.",
        // Hindi (Devanagari), marked values.
        "नमस्ते, मेरा आधार नंबर ⟦IN_AADHAAR|2004 0442 8797⟧ है और पैन कार्ड ⟦IN_PAN|WVKPO5335X⟧ है। कृपया मेरे खाते में अपडेट करें। मोबाइल: ⟦PHONE_NUMBER|+91 99123 45678⟧",
        "रोगी का नाम: सुनीता देवी\nजन्म तिथि: ⟦DATE_TIME|12/08/1961⟧\nसंपर्क: ⟦PHONE_NUMBER|98100 27364⟧",
        // Hindi (Devanagari), hard negatives (no marked value).
        "आपका ऑर्डर नंबर 402-7781223-1190 है। डिलीवरी 3 दिसंबर तक होगी।",
        // Hindi (Devanagari), marked values.
        "सर्वर लॉग: ⟦IP_ADDRESS|103.21.244.12⟧ से 500 अनुरोध आए, आईपी ब्लॉक कर दिया गया।",
        // Hindi (Devanagari), hard negatives (no marked value).
        "संस्करण 3.1.0 जारी किया गया, कमिट 10e6c4572c15a0e51d78e61cdcd8ea02fd5d558d।",
        // Japanese, marked values.
        "お問い合わせありがとうございます。ご登録のメールアドレス ⟦EMAIL_ADDRESS|tanaka.hiroshi@mail.example⟧ と電話番号 ⟦PHONE_NUMBER|090-3817-4426⟧ を確認しました。",
        "振込先：⟦IBAN_CODE|DE38745768643588834014⟧（ドイツの取引先、VAT番号 ⟦DE_VAT_ID|DE724947024⟧）\n担当：佐藤\n電話：⟦PHONE_NUMBER|+81 3-6821-4473⟧",
        "患者情報\n氏名：山田 花子\n生年月日：⟦DATE_TIME|1985年4月12日⟧\n連絡先：⟦PHONE_NUMBER|03-5412-7781⟧",
        // Japanese, hard negatives (no marked value).
        "注文番号 250-1182733-4410、お届け予定日は12月2日です。配送伝票番号 4829-1173-0021。",
        "ビルド 2026.11.28 のハッシュ値：4fb20d5acc3d907313ff99a1dec8b21ab468d5229dca27fde333caa9080bf4b3",
        "テスト用のカード番号 4216 0211 7870 0408 は無効として扱われます。",
        // Chinese, marked values.
        "您好，我的信用卡 ⟦CREDIT_CARD|5435971556641377⟧ 被盗刷了，请尽快冻结。联系电话：⟦PHONE_NUMBER|+86 138 2947 1156⟧。",
        "员工信息\n姓名：李明\n出生日期：⟦DATE_TIME|1990年5月3日⟧\n邮箱：⟦EMAIL_ADDRESS|li.ming@company.example⟧\n手机：⟦PHONE_NUMBER|139 1024 8837⟧",
        "服务器日志：来自 ⟦IP_ADDRESS|114.114.22.35⟧ 的请求被拒绝（403）。",
        // Chinese, hard negatives (no marked value).
        "订单号 2026112812345678，快递单号 SF1402837746512，预计12月1日送达。",
        "版本 v5.0.3 已发布，提交 bddd854，请升级。",
        "文档示例密钥：your-api-key-here，请替换为您自己的密钥。",
        // Turkish, marked values.
        "Merhaba, kira ödemesini şu hesaba yapabilirsiniz: ⟦IBAN_CODE|TR53 9575 1090 2872 1010 2437 68⟧ (Ayşe Yılmaz). Telefon: ⟦PHONE_NUMBER|0532 418 27 96⟧",
        "Başvuru formu\nAd Soyad: Mehmet Kaya\nDoğum tarihi: ⟦DATE_TIME|09.10.1984⟧\nE-posta: ⟦EMAIL_ADDRESS|mehmet.kaya@eposta.example⟧",
        "Sunucu kaydı: ⟦IP_ADDRESS|78.186.44.12⟧ adresinden başarısız giriş denemesi.",
        // Turkish, hard negatives (no marked value).
        "Sipariş no: TR-2026-448120, kargo takip no: 7281934410. Tahmini teslim: 2 Aralık.",
        "Yeni sürüm 8.1.4 yayınlandı; değişiklik kimliği 88c3ce72a40c19b0ea0ac1e3dc300db5c149d5f9.",
        // Turkish, marked values.
        "Kredi kartım ⟦CREDIT_CARD|4994-0689-6252-7690⟧ ile yapılan ödeme iki kez çekildi, iade rica ediyorum.",
        // Swedish, marked values.
        "Hej! Betala gärna hyran till ⟦IBAN_CODE|SE20 8281 9996 4670 4246 4140⟧. Ring mig på ⟦PHONE_NUMBER|070-412 38 91⟧ om något är oklart. /Erik",
        "Patientjournal\nNamn: Karin Lund\nFödelsedatum: ⟦DATE_TIME|1979-12-01⟧\nE-post: ⟦EMAIL_ADDRESS|karin.lund@post.example⟧",
        "Brandväggslogg: blockerad trafik från ⟦IP_ADDRESS|94.254.12.77⟧ till port 3389.",
        // Swedish, hard negatives (no marked value).
        "Ordernummer 100482771, kollinummer 00370712345678901234. Leverans beräknad till 3 december.",
        "Kontrollsumma för filen: 086018ad29db968a972e6f94c00446e379eb8a837b735f0649168f555d5f3457, version 2.0.1.",
        "Testnummer för kort som ska avvisas: 4172733031110910.",
    ];

    public static readonly string[] CasesB =
    [
        // English, marked values.
        "$ history | tail -6\n  501  cd ~/projects/billing\n  502  export STRIPE_KEY=⟦SECRET|sk_live_ffx1kVZQ2tqMnMcLRkBOzZU3⟧\n  503  psql ⟦SECRET|postgres://billing_rw:7CGr5c3bxD7u6yB54HkJlpob@orders-db.corp.example:5432/crm⟧\n  504  git push origin main\n  505  ssh deploy@⟦IP_ADDRESS|10.40.2.11⟧\n  506  history",
        "Hi Priscilla,\nthe new hire paperwork is attached. SSN ⟦US_SSN|178-18-8359⟧, DOB ⟦DATE_TIME|08/30/1996⟧, direct deposit to checking. Personal cell ⟦PHONE_NUMBER|(702) 555-0128⟧, personal email ⟦EMAIL_ADDRESS|dre.walker@personal.example⟧.\nThanks, Andre",
        "terraform.tfvars\nregion          = \"eu-central-1\"\naccess_key      = \"⟦SECRET|AKIAXL42XWX4KZ5P7R7W⟧\"\nsecret_key      = \"⟦SECRET|67S6/CPvI9NM0NA/UjRbynhgIDnrIFAh2ehUUwFd⟧\"\ninstance_count  = 3",
        "POST /v1/payments HTTP/1.1\nHost: api.shop.example\nX-Forwarded-For: ⟦IP_ADDRESS|203.0.113.88⟧\nContent-Type: application/json\n\n{\"amount\": 4999, \"currency\": \"usd\", \"card\": {\"number\": \"⟦CREDIT_CARD|4111000542228067⟧\", \"exp_month\": 4, \"exp_year\": 2029}}",
        "MUTUAL NON-DISCLOSURE AGREEMENT — Schedule A (Notices)\nNotices to the Recipient shall be sent to Halvorsen Maritime AS, attn. Legal, ⟦EMAIL_ADDRESS|legal@halvorsen-maritime.example⟧, tel. ⟦PHONE_NUMBER|+47 22 93 41 70⟧. Payments under clause 7 to IBAN ⟦IBAN_CODE|NO38 9032 0059 145⟧.",
        "2026-11-28 22:41:07,221 ERROR [worker-3] com.shop.payments.Gateway - charge failed card=⟦CREDIT_CARD|5404 7890 4692 7314⟧ reason=insufficient_funds customer=⟦EMAIL_ADDRESS|olu.adeyemi@buyer.example⟧",
        "Pairing request from the new laptop: my GitHub fine-grained token is ⟦SECRET|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⟧, can you add it to the org secrets? It expires in 90 days.",
        "Tax organizer 2026 — household\nYou: SSN ⟦US_SSN|549-83-6226⟧\nSpouse: SSN ⟦US_SSN|218-88-3443⟧\nChild (dependent): SSN ⟦US_SSN|747-56-6974⟧, age 7\nBank for refund: routing 021000021, account ending 7730",
        "Hey, it's Lena from the gym — new number: ⟦PHONE_NUMBER|+43 664 2187459⟧. Old one is dead. Also my Vienna flat's IBAN for the rent split: ⟦IBAN_CODE|AT97 8099 0689 2175 0819⟧",
        "[2026-11-28 03:12:44] kernel: [UFW BLOCK] IN=eth0 OUT= SRC=⟦IP_ADDRESS|162.142.125.217⟧ DST=⟦IP_ADDRESS|10.0.0.4⟧ LEN=44 PROTO=TCP SPT=34214 DPT=5432\n[2026-11-28 03:12:45] kernel: [UFW BLOCK] IN=eth0 OUT= SRC=⟦IP_ADDRESS|2605:6400:30:f174::7⟧ DST=⟦IP_ADDRESS|2a01:7e00::f03c:94ff:fe11:2d0⟧ LEN=64 PROTO=TCP DPT=22",
        "appsettings.Production.json\n{\n  \"ConnectionStrings\": {\n    \"Storage\": \"DefaultEndpointsProtocol=https;AccountName=custosblobs;AccountKey=⟦SECRET|g9HRXQP3IUr+tL2wdgnI+3retO71P0pfORTrTpXL4ASdNNXfNoVwr39/iWmhvuUZyFziGontUE6bxskyz1My1w==⟧;EndpointSuffix=core.windows.net\"\n  },\n  \"SendGrid\": { \"ApiKey\": \"⟦SECRET|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⟧\" }\n}",
        "Patient portal registration\nName: Bethany Cole\nNHS number: ⟦UK_NHS|4635728412⟧\nDate of birth: ⟦DATE_TIME|23 January 1987⟧\nMobile: ⟦PHONE_NUMBER|07825 193448⟧\nEmail: ⟦EMAIL_ADDRESS|beth.cole@nhsmail.example⟧",
        "Rent receipt\nReceived from Ms. Aisling Byrne the sum of EUR 1,650 by transfer from IBAN ⟦IBAN_CODE|IE65 ERYN 1583 8422 7365 92⟧ for December 2026. Landlord phone ⟦PHONE_NUMBER|+353 87 214 6093⟧.",
        "# ~/.npmrc\n//registry.npm.internal.example/:_authToken=⟦SECRET|npm_DCUbZMy4VlzGdErzqTU7ATPEx9JvTV6QfW02⟧\nalways-auth=true",
        "Please block my card ASAP, I lost my wallet in Lisbon: ⟦CREDIT_CARD|4389-3660-5787-2101⟧. I can be reached on ⟦PHONE_NUMBER|+351 21 384 2907⟧ at the hotel.",
        "Kafka consumer lag alert — broker ⟦IP_ADDRESS|10.60.1.21⟧:9092, group orders-sync, lag 48,213. Secondary broker ⟦IP_ADDRESS|10.60.1.22⟧:9092 healthy.",
        "For the HMRC letter: my NI number is ⟦UK_NINO|PJ996316B⟧ and my partner's is ⟦UK_NINO|LZ 93 79 20 D⟧. Reference on the letter: 2026/SA/11823.",
        "Here's the service account key for the exporter, paste it into the vault not into Jira:\n⟦SECRET|-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCeQloe5fm8UAg4nCD0JPrkA7gbix5AZN3\ntmh0tjO3ejR3R+74DfJ+9yzPmcL4rqQSKiypWSYNxwDRd9rnr7BEfLiUfYieLlLW\nslpJq7AJjaiq+8AQowYywV6TcJdU/Sh89YXI7N7Yv6xFjBjshWS7VYYOlXVLhlZE\nUkal4NMZvoCBk9d1DxAMBym6sfzoVW4UCEYNnWaBA8F1sP5YUZR3LOK6dsJXwhDA\nDbNC8CLdzMilL2v/C7iMZ9HfWkF9WsysfacIoNSBlMnJIVzV/K4w3atRNbhh24Yi\nlSbYDXQynilMF95/jrG0YekXB/6wvfN2nTP5rPo/eUt3qeUnDZepAhoRXEjIL7OO\nYQCndxmph/cMRXcASU3QXa5atQhhVLqJNdKb2cBS4GECYHaQUl9bceuMVDT1rNje\nCrQprT1M9U5BJI9/zSMpplR5JSIhb9l7j3CLsF2r34ncIgu26vsp6iVJfk2Nh6MT\n8icLQt7wCdNM7iVQMQreTXjTbVV0dXSl4XTK8ho8vMtvjupPQ9dFp4WZjKTwdJlk\nCjOhhGxtONcjqaXrGH7LFxBmKoKS5CCiNbPqNSrSIGTIDqCYfp7Mhx2eINllRtfZ\nsCRIJmHfQMxDEzKBcKv7oEay0RasSN5OIxV9Cm09oDutxBfzcTkhdX6MsY9kiGs7\nCDzLhZtbCUexYK8Pjmgv9bpSphzRzqkcOovlrLPXkNGmS5LJxCwUYWLzSduipVZd\n9SG2NicbglEbNyhbVIrPE9rIr1Vu3hZ1a+3ZXCOPnyqZpGF//n8ncVtekd6hq79K\nmCEIduK/AuX8mkQiLVD36xqu7rdwriZxU0Sg/a8mvqO8fUU3Kwj97XKS5UX7loNT\n3TqzKGZlfBkxcUHjkzTjPPkvCXiTGYYw1YWYwLJAsK39t6HYjpewX4YTci+6Oylb\n9xDnI8OEi8uWVKgiayqxO4tNxURQPfzOghv0jNwrBqJhBsVgbnJ3Zupo+c4GJtLS\nFcvZv7DonVf03N5HcLTq4Ap0VrghewntzE9YmNnOqoBiFLOU+76isDPra7tqYuPy\nlmsLUulnGL7ZskBmZv9BwBn1vLY7HIveoqNatO+Sge8sNNSh/Z/nwFbCMvgvR6T6\nD65jt1iwpkqtLi2IeEFbn93+EaMGPbCr83CaEiAsEF6Hd/9OGV8qZWtq53vyAL4s\nlSwHQgOiLPWs1b3mlfmfWtr903DYrwR6jVdzFhuuwORIf2vscTG7Lxvtm1Cob+71\nJREHYXK5hiByMM73bvEsB6FlsRrlt8xZdx/GKiXh8ltTsrgT57zq6vUP3+ClBBni\nGw16u0eo9cJAetmmLL25b3mVJQIFf+2KMT0FUizxnDyV1zfTszNi1RyoOpj5NtFj\nXqiIiloK30iyqgl4PUFHo2JIlOaRUYwmZEMdXB9Z/FB0v74zh/gZ7aGCmn9R5VQY\nfdmA+F43ZyQ5VqzIg/5PNIwk0lQrOkBASqgwJJMsn2s19kNcsIwLQP350RaWhrpX\nswIBMJtnGT+UDRS1em92PYqaYLrql1CcEIT+C+MdIlavI6rwExpvX22l\n-----END PRIVATE KEY----e⟧",
        "Twilio setup for the OTP service:\nTWILIO_ACCOUNT_SID=⟦SECRET|ACde84a3ac71cffa2fce5dce13e4352c9e⟧\nTWILIO_API_KEY=⟦SECRET|SK083b7504d2ae1f72f4041160a74bf043⟧\nTWILIO_API_SECRET=⟦SECRET|73e616cac53465c69ad4d4ca933f89f8⟧\nFROM_NUMBER=⟦PHONE_NUMBER|+14155550167⟧",
        "Subject: Unusual sign-in\nWe noticed a sign-in to ⟦EMAIL_ADDRESS|m.haddad@tenant.example⟧ from ⟦IP_ADDRESS|102.88.34.19⟧ (Lagos, NG) on 27 Nov at 23:14 UTC. If this wasn't you, reset your password.",
        "set-cookie: session=⟦SECRET|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2NTEzOCIsImlhdCI6MTc2NDczNzI0MiwiZXhwIjoxNzY1MTQ0Mjk4LCJzY29wZSI6Im9yZGVyczpyZWFkIn0.dpeeGgNk1gewwRmaRtU9jZSuc8C0J7czo-xbNoaDwDE⟧; Path=/; HttpOnly; Secure; SameSite=Lax",
        "Chargeback notification\nCard: ⟦CREDIT_CARD|3790-204780-32957⟧\nAmount: USD 1,240.00\nMerchant ref: 77812-AX\nCardholder phone: ⟦PHONE_NUMBER|(305) 555-0114⟧",
        "Slack user token found in a pasted curl command:\ncurl -H 'Authorization: Bearer ⟦SECRET|xoxp-766078180127-160789188004-2623307899481-e965a82dd1e93806da8c6d45eebcf86f⟧' https://slack.com/api/users.list",
        "Donor database row\nname=Farah Siddiqui | email=⟦EMAIL_ADDRESS|farah.s@donate.example⟧ | phone=⟦PHONE_NUMBER|+971 50 318 7742⟧ | card=⟦CREDIT_CARD|2448 3795 4125 9739⟧ | amount=250",
        "celery worker config\nbroker_url = '⟦SECRET|amqp://reporting:3nI10tgaY3bmuduIqYUQ@mq.internal.example:5672/%2F⟧'\nresult_backend = '⟦SECRET|redis://:AE1TbsLKinjkMXyUe@cache-01.prod.example:6379/0⟧'",
        "Consent form — clinical trial CT-2026-041\nParticipant: Oliver Grant\nDOB: ⟦DATE_TIME|11/04/1969⟧\nNHS no.: ⟦UK_NHS|417 732 9436⟧\nNext of kin phone: ⟦PHONE_NUMBER|020 7946 0322⟧",
        "Please pay the invoice from our Finnish partner: Saaristo Oy, IBAN ⟦IBAN_CODE|FI33 3959 9686 3380 43⟧; and the Luxembourg fund admin: ⟦IBAN_CODE|LU33 2961 H3ZZ 4YSN POD8⟧.",
        "\"I accidentally committed my OpenAI key in config.py: OPENAI_KEY = '⟦SECRET|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⟧'. Force-pushed already. Is it still in the history?\"",
        "Background screening order\nSubject: Tyler Nguyen\nSSN: ⟦US_SSN|760 50 7415⟧\nDate of birth: ⟦DATE_TIME|1993-10-17⟧\nCurrent address: 418 Lake Shore Dr, Chicago IL\nPhone: ⟦PHONE_NUMBER|773-555-0190⟧",
        "mongo connection for the analytics notebook: client = MongoClient(\"⟦SECRET|mongodb+srv://billing_rw:wkjoQ5PlACFTUZlAq6uK6ztP@cluster0.mongo.example/users?retryWrites=true⟧\")",
        "Payout wallet updated by user 88102: ⟦CRYPTO|bc1pvecah2597heq9f8rn3ntvtazj79kznc2x9xvqdr0qf5hgsaz7yvszfptxf⟧ (previous: ⟦CRYPTO|3M8mckMLCYPvKWKPRD84YcjK2ALiJqKnKs⟧). Request IP ⟦IP_ADDRESS|91.198.174.192⟧.",
        "ERROR 1045 (28000): Access denied for user 'shop'@'⟦IP_ADDRESS|10.2.0.17⟧' (using password: YES)\nconnection string was ⟦SECRET|mysql://billing_rw:UzlV17uYfHMEzN6pC4gMb@mysql.shop.example:3306/shop⟧",
        "Visitor log — front desk\n09:12 Hassan Ali, Acme Supplies, ⟦PHONE_NUMBER|+20 10 1234 5678⟧\n09:40 Marta Novak, courier, ⟦PHONE_NUMBER|+420 602 318 447⟧\n10:05 Ji-woo Park, interview, ⟦PHONE_NUMBER|+82 2 3148 7720⟧",
        "Reimbursement: please send EUR 86.40 to Jan Dvořák, IBAN ⟦IBAN_CODE|CZ69 4720 0567 9079 3395 2546⟧, and EUR 42.00 to Katalin Szabó, IBAN ⟦IBAN_CODE|HU84 9977 4183 9535 5238 9339 7364⟧.",
        "gitlab-runner register --url https://gitlab.corp.example --registration-token ⟦SECRET|glpat-AuaZ8Uxzx_arABak6zxI⟧ --executor docker",
        "Hello, my Discover card ⟦CREDIT_CARD|6011-6900-5140-9573⟧ shows a pending charge I don't recognise from 'SQ *CAFE LUNA'. Can you open a dispute? Email me at ⟦EMAIL_ADDRESS|b.foster@mail.example⟧.",
        "Datadog agent: forwarding logs from ⟦IP_ADDRESS|172.31.44.201⟧ failed — api_key=⟦SECRET|c32e54e284f299062d459e61ae147b93⟧ rejected (403).",
        "Indian vendor onboarding (English form)\nCompany PAN: ⟦IN_PAN|GEHPK1415Y⟧\nDirector PAN: ⟦IN_PAN|CQZPL2634R⟧\nDirector Aadhaar: ⟦IN_AADHAAR|2052 1802 7652⟧\nOffice phone: ⟦PHONE_NUMBER|+91 22 4918 3302⟧\nAccounts email: ⟦EMAIL_ADDRESS|accounts@tata-textiles.example⟧",
        "Re: visa appointment — my date of birth is ⟦DATE_TIME|2 July 1988⟧ and passport number is on the attached scan. Call me on ⟦PHONE_NUMBER|+61 412 738 904⟧ if anything is missing.",
        "secrets:\n  jwt_signing_key: ⟦SECRET|WiOlqUdNgEuAXQxMEtZOELsZ+eMb8Reg+NCHJl9pOPY=⟧\n  admin_password: ⟦SECRET|alsTtM+qlDDQlx3⟧\n  google_maps_key: ⟦SECRET|AIzaA0eQ2-SxpfqWs1CIplwzjOqEE6Z6nODgSnY⟧",
        "Hotel folio #118204\nGuest: Rafael Souza\nCard: ⟦CREDIT_CARD|5191458356302222⟧\nPhone: ⟦PHONE_NUMBER|+55 21 99812-4473⟧\nEmail: ⟦EMAIL_ADDRESS|rafael.souza@viagem.example⟧",
        "Board resolution: the Company shall open an account with the Maltese bank under IBAN ⟦IBAN_CODE|MT19 XFME 1467 0H1A GCM1 AMYU JLRR QO7⟧ and close the Cypriot account ⟦IBAN_CODE|CY04 4496 7764 ZL0S 371U 8EAQ 03F6⟧.",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: anthropic\nstringData:\n  ANTHROPIC_API_KEY: ⟦SECRET|sk-ant-api03-8JuBVnCB3qyXujN6slVxCf3eYMDuZCzDGJHudZgh_yPLf7Qx5gAVG4HGgPb1CxX9r2Ljwg1itcdUB83QnajAcdtdLGpccAA⟧",
        "Fraud review queue\n#1 card ⟦CREDIT_CARD|4541 6260 3329 6807⟧ ip ⟦IP_ADDRESS|45.83.64.11⟧ email ⟦EMAIL_ADDRESS|qwe12399@tempbox.example⟧ score 0.91\n#2 card ⟦CREDIT_CARD|3564-4139-3033-2900⟧ ip ⟦IP_ADDRESS|2a03:2880:f12f:83:face:b00c:0:25de⟧ score 0.64",
        "I-9 verification notes: employee presented SSN card ⟦US_SSN|175-16-9553⟧; name matches; second document passport. HR contact ⟦PHONE_NUMBER|(480) 555-0102⟧.",
        "Staff list for the EU payroll provider\nMadrid: Alba Ortiz, NIF ⟦ES_NIF|36854160H⟧\nBarcelona: Yusuf Demir, NIE ⟦ES_NIF|Z5056710G⟧\nKraków: Marek Wójcik, PESEL ⟦PL_PESEL|68062313292⟧\nRome: Chiara Russo, CF ⟦IT_FISCAL_CODE|FCHMSD53D53F205N⟧\nMunich entity VAT: ⟦DE_VAT_ID|DE494548406⟧\nMilan entity VAT: ⟦IT_VAT_CODE|IT41782990463⟧",
        "Bitcoin invoice #BTC-7712: pay 0.0042 BTC to ⟦CRYPTO|13Cz6dcf5yLiBMSK7ReazZZvxEnbhN7wPq⟧ within 30 minutes. Questions: ⟦EMAIL_ADDRESS|billing@node-hosting.example⟧",
        "The old deploy bot leaked this in #general, revoke: ⟦SECRET|xoxb-667115616901-4283656285023-PMo7NOieDfMjEbjymExHPiB8⟧",
        "Your order is on its way! Questions? Call our Mexico City store at ⟦PHONE_NUMBER|+52 55 5283 4410⟧ or our Buenos Aires store at ⟦PHONE_NUMBER|+54 11 4312-7781⟧.",
        "UK mortgage application\nApplicant 1 NI: ⟦UK_NINO|JE 55 46 23 C⟧\nApplicant 1 DOB: ⟦DATE_TIME|05/05/1990⟧\nApplicant 2 NI: ⟦UK_NINO|AB013407B⟧\nCorrespondence: ⟦EMAIL_ADDRESS|the.hendersons@home.example⟧",
        "[client]\nuser=backup\npassword=⟦SECRET|FjedoXo12^ddwpzCk⟧\nhost=⟦IP_ADDRESS|10.14.0.5⟧",
        "Quote accepted — please invoice Officina Marchetti, P.IVA ⟦IT_VAT_CODE|IT48841290397⟧, codice fiscale del titolare ⟦IT_FISCAL_CODE|PCERBZ40S04C351W⟧, IBAN ⟦IBAN_CODE|IT20O0903513412MF1R5HRJUYOO⟧.",
        "Call summary: customer Ahmed Khan (⟦PHONE_NUMBER|+44 7451 209833⟧) asked to update his card to ⟦CREDIT_CARD|4377 1765 0706 7382⟧. Verified with DOB ⟦DATE_TIME|14/02/1975⟧.",
        "NPM_TOKEN=⟦SECRET|npm_AJPW34dYQZH9zrhCstV84ApWR400Wk4Sp3hW⟧ npm publish --access restricted",
        "Greek supplier: Aegean Olive Co., IBAN ⟦IBAN_CODE|GR76 0482 669C ICDN CQ8L K5WF 19K⟧; Romanian distributor: Carpat Distrib SRL, IBAN ⟦IBAN_CODE|RO84 DNJH ANRD ON47 52BC T077⟧; Slovak agent: ⟦IBAN_CODE|SK70 3617 7828 2492 8182 0509⟧.",
        "Anyone seen this? Production stack trace printed the whole URL:\nredis.exceptions.AuthenticationError: invalid password for ⟦SECRET|redis://:uMMKOieKpjL69vTud5Z2n3@cache-01.prod.example:6379/0⟧",
        "openssh key found on the shared drive (users/tmp/id_ed25519):\n⟦SECRET|-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nbmjrMN2qhVwloLkPy0JuA+BRzsVaHQyv2/hgfJ0h9mUzatmaPX5XJorcbLQ6AU0MGbwHmE\nLpIaZIR6BqChB7EaodZVL1/PUp3GCyh25jB4TnXvo+VrTVGqp/KkMy6rfXOk+SzwhMhED1\nRJpXO9Znf4AglLjYD47pqX30rXBg+EYfxyR34j15ui4EFsmUxDo2o9SUVOu37Ixff+0AfL\n48nWpDNdlE71QA/mnZv+XO55kBLgK9xsHKlp9Wievatb4ZYlp+aCLe/fJUSR1tv8HCa4Eq\n1pz3KWV1joJH33IcPZBZZ/ZHVAjfag2sJ8Ie1trmTPAF9dcnTA\n-----END OPENSSH PRIVATE KEY----k⟧",
        "Volunteer sign-up sheet\n1. Grace Kim — ⟦PHONE_NUMBER|(206) 555-0175⟧ — ⟦EMAIL_ADDRESS|gracek@volunteer.example⟧\n2. Tomás Rivera — ⟦PHONE_NUMBER|(213) 555-0136⟧ — ⟦EMAIL_ADDRESS|trivera@volunteer.example⟧",
        "Aadhaar-linked bank update: name Deepak Nair, Aadhaar ⟦IN_AADHAAR|733185450157⟧, PAN ⟦IN_PAN|VXJPV2447Q⟧. Registered mobile ⟦PHONE_NUMBER|+91 94471 02238⟧.",
        "Security finding SF-311: AWS key ⟦SECRET|AKIAQSU53YFZFJGUZ6F2⟧ used from ⟦IP_ADDRESS|193.32.162.70⟧, not an approved egress. Key disabled 04:12 UTC.",
        "Dear customer, your new IBAN following the bank merger is ⟦IBAN_CODE|BE80 6794 7087 8563⟧ (was ⟦IBAN_CODE|BE48 9102 4040 6463⟧). Your card ⟦CREDIT_CARD|6759-6849-6640-4247⟧ remains valid.",
        "wifi-guest.conf\nssid=Office-Guest\npsk=⟦SECRET|0pWNrJzZe10RjA⟧\nradius_server=⟦IP_ADDRESS|10.1.1.10⟧\nradius_secret=⟦SECRET|s+7Z9IC26E#IA8WdH_GMO⟧",
        "Customer callback list (Nordics)\nStockholm: ⟦PHONE_NUMBER|+46 8 507 316 20⟧\nCopenhagen: ⟦PHONE_NUMBER|+45 33 12 48 90⟧\nHelsinki: ⟦PHONE_NUMBER|+358 9 4155 2710⟧\nOslo: ⟦PHONE_NUMBER|+47 412 38 657⟧",
        "Medical intake (urgent care)\nName: Samantha Reyes\nDOB ⟦DATE_TIME|03/09/2001⟧\nSSN (for billing): ⟦US_SSN|223-74-6840⟧\nInsurance member ID: XJH4418820\nAllergies: penicillin",
        "Donate to the strike fund: BTC ⟦CRYPTO|bc1qscvasr990d8ptnl7puv8h5526ej52e30yz4cpu⟧ or bank transfer ⟦IBAN_CODE|HR34 2548 3311 8487 5823 3⟧.",
        "Reset link sent to ⟦EMAIL_ADDRESS|noah.berg@school.test⟧. Login attempts from ⟦IP_ADDRESS|100.64.12.9⟧ and ⟦IP_ADDRESS|fe80::1c2a:7bff:fe44:9a10⟧ were throttled.",
        "# config/database.yml\nproduction:\n  url: <%= ENV.fetch('DATABASE_URL', '⟦SECRET|postgresql://svc_orders:HFWEDOSXGvs8jDCb4BYH@cache-01.prod.example/orders?sslmode=require⟧') %>",
        "Invoice 2026-0481 to Müller & Söhne KG (USt-IdNr. ⟦DE_VAT_ID|DE495864720⟧) — pay to ⟦IBAN_CODE|DE61 4560 2589 3996 5834 24⟧, reference 2026-0481.",
        "From: ⟦EMAIL_ADDRESS|ceo.office@holdco.example⟧\nTo: ⟦EMAIL_ADDRESS|finance@holdco.example⟧\nPlease wire EUR 48,000 today to ⟦IBAN_CODE|LT16 9939 1087 0830 1852⟧ — confidential acquisition. Call me on ⟦PHONE_NUMBER|+44 20 7123 4488⟧ only.",
        "Compromised credentials report: GitHub token ⟦SECRET|ghs_lMLWt3AujL8OaRHLXD6Z5byYVk5lpQhDnvof⟧ and npm token ⟦SECRET|npm_tdgrBg9SgmTymAKTp0EOPnei2Jfx4UmnwSEw⟧ found in a public gist; both revoked 28 Nov.",
        "Stripe webhook logs: signing secret rotated; live key now ⟦SECRET|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⟧; restricted key for BI ⟦SECRET|rk_live_m5VnOngcdAezI0DluyiXabzA⟧.",
        "Wallet addresses for the treasury multisig:\n- ⟦CRYPTO|3LWcw1Qm629AWvTxq4j53EzS5g89V5w3N9⟧\n- ⟦CRYPTO|bc1p0ccevn9gvh9ut5a2rujfy0z0rtyr0vsux3n0stmg8zqrtfa0e5mqg4nz0q⟧",
        "Shipping label\nTo: Wei Zhang, 88 Nathan Road, Kowloon, Hong Kong\nTel: ⟦PHONE_NUMBER|+852 2734 8812⟧\nFrom: Bright Parts Ltd, Taipei\nTel: ⟦PHONE_NUMBER|+886 2 2718 3365⟧",
        "Late-night pager: DB failover to ⟦IP_ADDRESS|10.200.7.3⟧; clients still resolving the old primary ⟦IP_ADDRESS|10.200.7.2⟧. Use ⟦SECRET|postgres://admin:vcYpvcGU5WQIjvcHT@analytics.db.test:5432/app⟧ until DNS catches up.",
        "Hi! Unable to log in to the portal. Username: jmcallister, password ⟦SECRET|~EE4g+%ZM!*exEkS⟧. I know I shouldn't email passwords but I'm locked out. Phone: ⟦PHONE_NUMBER|+64 21 483 902⟧",
        "FORM W-4 draft: Employee SSN ⟦US_SSN|032629733⟧; filing status single; extra withholding $40.",
        "Claim for reimbursement — Dr. Anil Kapoor, PAN ⟦IN_PAN|AYNPH6597D⟧, bank Aadhaar seeding ⟦IN_AADHAAR|5719-8832-0772⟧, email ⟦EMAIL_ADDRESS|anil.kapoor@clinic.example⟧.",
        "benefits_enrollment.csv\nmember,relationship,ssn,plan\nJ. Okonkwo,self,⟦US_SSN|804-41-7169⟧,PPO\nA. Okonkwo,spouse,⟦US_SSN|490-58-5067⟧,PPO\nT. Okonkwo,child,⟦US_SSN|136799997⟧,PPO",
        "Practice list export (do not email)\nNHS No | Name | DOB\n⟦UK_NHS|497-411-0616⟧ | Harold Tate | ⟦DATE_TIME|12/12/1940⟧\n⟦UK_NHS|504-039-2559⟧ | Irene Tate | ⟦DATE_TIME|30/06/1943⟧\n⟦UK_NHS|214-911-2930⟧ | Paul Tate | ⟦DATE_TIME|01/09/1971⟧\nCarer NI number: ⟦UK_NINO|AM 92 06 51 C⟧",
        "Tender submission TS-2026-88 — consortium members\nLead: Rheinwerk Bau GmbH (VAT ⟦DE_VAT_ID|DE872903643⟧)\nPartner: Costruzioni Adriatiche S.r.l. (VAT ⟦IT_VAT_CODE|IT52997510376⟧; director's codice fiscale ⟦IT_FISCAL_CODE|GZZVFC44H57H501P⟧)\nPartner: Ingeniería Levante (administrator NIF ⟦ES_NIF|27375526Y⟧)\nSubcontractor: Nordbau Hamburg (VAT ⟦DE_VAT_ID|DE654780292⟧)",
        "Transfer note: Łukasz Kaczmarek (PESEL ⟦PL_PESEL|72121892440⟧) moves to the Denver office; his wife Agnieszka (PESEL ⟦PL_PESEL|08250506268⟧) joins later. US SSN issued on arrival: ⟦US_SSN|395-96-2013⟧. Relocation desk: ⟦PHONE_NUMBER|(720) 555-0147⟧.",
        // English, hard negatives (no marked value).
        "Merge pull request #4412 from platform/fix-retry\n\nbda8af19c922f453d8c0e14604ef0772946e69f2 retry uploads on 503\n4f178801a8ce0bb7801bc07e3e0ea5ea9a84c918 add jitter to backoff",
        "sha256sum output\nc2f5a650b4b73a76e0298500f371a9359efd62d74c79a99da8091e6697bf2526  backup-2026-11-27.tar.zst\n4b43828e867a7f3530bc8a889b0182a926d28f24019a11a5e2ce8e5435e6d4be  backup-2026-11-28.tar.zst",
        "Your Amazon-style order 114-2219830-7781120 will arrive Thursday. Package 2 of 2. Carrier reference TBA302918847000.",
        "Use sk_live_... in production and sk_test_... in development. Never paste either into a ticket; write <STRIPE_KEY> instead.",
        "QA note: the form correctly rejects 4842-1249-6587-1947 (Luhn failure) and 4418 9441 9891 9600 (Luhn failure).",
        "SSN validation unit cases (all must be rejected): 666-81-3378, 000-59-9118, 936-60-5408.",
        "IBAN field test: GB70 LMKA 8873 7387 9993 16 must show 'check digits do not match'. FR442696296506NUJBJDHRXIJ00 too.",
        "Correlation-Id: 182d9c06-ed5d-455f-a84b-55d6066a07e8\nX-Request-Id: ce6a734b-a1b0-42b0-b87c-0cb6a7efd2e1\nDate: Fri, 28 Nov 2026 10:22:14 GMT",
        "Minutes: next board meeting 15/01/2027 at 18:00; budget approval deadline 31/12/2026; AGM 20/03/2027.",
        "The API key should look like `AIza` followed by 35 characters. Put it in GOOGLE_API_KEY=<your key>. Do not commit it.",
        "Part numbers: P/N 20-7946-018 (bracket), P/N 20-7946-019 (bolt M6). Drawing rev C, ECO-2026-117.",
        "Bibliography: Knuth, The Art of Computer Programming, vol. 2, ISBN 978-0-201-89684-8; Sedgewick, Algorithms, ISBN 978-0-321-57351-3.",
        "package-lock.json excerpt\n\"integrity\": \"sha512-iVBORw0KGgoAAAANSUhEUgAAABofd89jSyaMFNBZhjFZ5fs1MDPu4NO2zDg+FJbcOXvjgPtAEmz3AbwlBKiv4kWqyUc4BcCYbU7KSuEDSHInztfkN0VpC4O5Jyeqtn20j8/9eaHBTDU2i4zDOtiC3+hmAxQsLHbtGbCNxdrXl4MZ0witnbco2olfwP\"",
        "Release 7.4.12 (build 7.4.12.30981) — fixes CVE-2026-31842 and CVE-2026-29110.",
        "Example (do not use): aws_access_key_id=AKIAIOSFODNN7EXAMPLE, region=us-east-1. Real keys are issued by the platform team.",
        "Tracking numbers for the return: 1Z 4E9 027 03 9385 1120 and 1Z 4E9 027 03 9385 1131.",
        "Invoice INV-2026-11-000481 / customer 0004418820 / cost centre 4410-220-19 / total 1,284.50 EUR.",
        "CSS colours: #1e293b, #0f172a, #e2e8f0. Font sizes 14px/20px. Grid 12 columns, gutter 24px.",
        "<img alt=\"QR code\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABTTsT7tDrMsrZnVkYTXNQ4frOQRIWyBxvSCk1TVPH8G3eDvdS6u49RQpFX4jmsqwxwAcaoEOo3oiN3TS8V1T2b5Z9vhXGJkmnRrWNH0v+bahLTcrIVd2eMfr8nwPiqB/F8xT0sd2Ob3N1djAW0U5AaALANJ81yj8v\" width=\"128\">",
        "Timestamps of the outage: 2026-11-27T23:58:01Z start, 2026-11-28T00:41:19Z end, duration 43m18s.",
        "Configure the bot with SLACK_TOKEN=xoxb-xxxxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx (placeholder).",
        "Random ids in URLs: https://app.example/share/2bdfc8060f14cfdb569cd1dd?v=3 and https://app.example/doc/77d87932-f1cf-47f1-b11e-fe64749a8a83/edit",
        "Product SKU list: TSH-BLK-M-0421, TSH-BLK-L-0422, MUG-WHT-11OZ-0098, CAP-NVY-OS-1130.",
        "Container ID b4f6a2b1345e8e33a0f98669e56c81a0b9d9eb86c59eb3ec4bf0691024200650bb22f7d8, restarting (exit code 137, OOMKilled).",
        "Your one-time passcode for sign-in is 740 218. It expires at 10:45.",
        "Bug: the date picker shows 31/11/2026 as valid. Expected: reject. Tested on 28/11/2026 with build 3.9.0-beta.4.",
        "Example JWT from the docs, with the signature removed: <header>.<payload>. (alg none, never accepted).",
        "Phone-like product codes: 0800-KITCHEN-12, 555-12-GRIP, 44-20-1190 (hose clamp set).",
        "Seat map export: row 12 seats A-F, row 13 seats A-F; aircraft reg G-EUPT; flight BA0492 on 05/12/2026.",
        "Lock file hash changed from a2cb2b31fc28c5ba5b72f76046e82c893e4b7abf515b0d38e4e4c606c23045dc to 91f51fdc16d2c9642c728e6273b75d98c16e5e66ad22c899ddba9985eb01e168 after `dotnet restore`.",
        "Set DATABASE_URL=postgres://<user>:<password>@<host>:5432/<db> in your environment.",
        "Account number format: 8 digits (e.g. 00000000), sort code 6 digits (00-00-00). Never type real details into this test form.",
        "Card ending in 4417 was used at 14:02. If this wasn't you, call the number on the back of your card.",
        "Git tags: v2.14.0, v2.14.1, v2.15.0-rc.1; annotated tag object 9dcd65cf85cc763df3137f574b1b09769508ff5d.",
        "Mac serial C02XK2ABJG5H, IMEI-like inventory code 35-209900-176148-4 (fails check), asset tag IT-004418.",
        "npm token placeholder: npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx — replace in CI settings.",
        "The private key block starts with '-----BEGIN' and ends with '-----END'; we only ever store the public half in git.",
        "Delivery window: Mon 01/12 08:00–12:00. Depot code LHR-4. Route 17, stop 23.",
        "GPS trace: 48.8584, 2.2945 at 10:02:11; 48.8606, 2.3376 at 10:14:40; speed 12.4 km/h.",
        // French, marked values.
        "Bonjour Madame, je vous transmets mon numéro de carte pour la réservation : ⟦CREDIT_CARD|4210 3671 5219 4644⟧. Mon portable : ⟦PHONE_NUMBER|07 81 42 63 19⟧. Merci.",
        "Dossier d'inscription\nNom : Moreau Élodie\nNée le ⟦DATE_TIME|27/10/1998⟧ à Nantes\nAdresse électronique : ⟦EMAIL_ADDRESS|elodie.moreau@etu.example⟧\nIBAN pour la bourse : ⟦IBAN_CODE|FR82 2881 8625 28KM SCFD WIOY S33⟧",
        "Alerte sécurité : la clé d'API ⟦SECRET|ghs_rln0YXyPH4PuetTFOXqWaBss7rRbQ5SqrX4K⟧ a été trouvée dans un dépôt public, depuis l'adresse ⟦IP_ADDRESS|163.172.41.8⟧.",
        "Veuillez effectuer le virement vers notre compte belge ⟦IBAN_CODE|BE91 7096 3196 5148⟧. Contact : ⟦PHONE_NUMBER|+32 2 514 38 27⟧.",
        // French, hard negatives (no marked value).
        "Numéro de suivi : 8R00123456789. Commande n° 2026-FR-118244, facture FA-2026-3381.",
        "Empreinte SHA-256 du certificat : 7b3829ade2b4eacd2ad6793dd1a4163d24e7526cd176d40d7a0df39c7bc38318. Valide jusqu'au 14/03/2027.",
        "Numéros de test refusés : 4415 6922 1833 8937 et le RIB erroné FR56 4885 3902 58LK UNLT PFSW Z34.",
        // German, marked values.
        "Hallo Herr Wagner, anbei meine Bankverbindung für die Erstattung: ⟦IBAN_CODE|DE77 5394 9387 8737 9594 58⟧. Telefonisch erreichen Sie mich unter ⟦PHONE_NUMBER|+49 40 3861 2274⟧.",
        "Patientenaufnahme\nName: Fischer, Ralf\ngeboren am ⟦DATE_TIME|21.11.1967⟧\nVersicherten-E-Mail: ⟦EMAIL_ADDRESS|r.fischer@kasse.example⟧",
        "Bitte die Rechnung an die Schweizer Tochter zahlen: ⟦IBAN_CODE|CH73 9507 6UBQ NZA7 NC5L X⟧, Telefon ⟦PHONE_NUMBER|+41 31 328 47 10⟧. Unsere USt-IdNr.: ⟦DE_VAT_ID|DE869780338⟧.",
        "Fehlermeldung im Log: Verbindung zu ⟦SECRET|postgres://billing_rw:45n6koTpXtTgIi43M@db-01.prod.example:5432/app⟧ fehlgeschlagen (Zeitüberschreitung).",
        // German, hard negatives (no marked value).
        "Bestellnummer 302-4418820-1192, Sendungsnummer 00340434161094018822. Zustellung am Dienstag.",
        "Beispiel aus der Doku: AKIAIOSFODNN7EXAMPLE — bitte durch den eigenen Schlüssel ersetzen.",
        "Version 4.11.2 ist veröffentlicht, Commit 0e17bb1, Prüfsumme be77d9934bcf711077629c96748a70d533de9bf8a926cf7cde30735f07082d7f.",
        // Spanish, marked values.
        "Buenos días, adjunto mis datos para la devolución: IBAN ⟦IBAN_CODE|ES88 8243 1183 9743 7955 6632⟧, NIF ⟦ES_NIF|24249230P⟧. Teléfono ⟦PHONE_NUMBER|+34 915 48 27 36⟧.",
        "Ficha del paciente\nNombre: Carmen Vidal\nFecha de nacimiento: ⟦DATE_TIME|14/06/1958⟧\nNIE: ⟦ES_NIF|Y1249405J⟧\nCorreo: ⟦EMAIL_ADDRESS|carmen.vidal@salud.example⟧",
        "Error de conexión desde ⟦IP_ADDRESS|83.44.201.17⟧: la contraseña del usuario admin es incorrecta.",
        "Pago recibido con la tarjeta ⟦CREDIT_CARD|5346-1772-2437-3652⟧. Si no reconoces el cargo, llama al ⟦PHONE_NUMBER|+52 81 8340 2217⟧.",
        // Spanish, hard negatives (no marked value).
        "Número de pedido 402-8817723-4410, seguimiento PQ7X0A1234567. Versión de la app 6.2.0.",
        "Fechas clave del proyecto: entrega 15/12/2026, revisión 10/01/2027. Sin datos personales.",
        "Clave de ejemplo en la documentación: sk_test_xxxxxxxxxxxx. No uses claves reales.",
        // Italian, marked values.
        "Buongiorno, per il rimborso ecco i miei dati: codice fiscale ⟦IT_FISCAL_CODE|FFSFVT73E28C351Y⟧, IBAN ⟦IBAN_CODE|IT66 Q732 0340 967X UOV3 96UV L2Z⟧. Tel. ⟦PHONE_NUMBER|+39 02 8734 1162⟧.",
        "Scheda cliente\nNome: Francesca Gallo\nData di nascita: ⟦DATE_TIME|30/01/1981⟧\nEmail: ⟦EMAIL_ADDRESS|f.gallo@posta.example⟧\nP.IVA ditta: ⟦IT_VAT_CODE|IT31745270137⟧",
        "Il server ⟦IP_ADDRESS|151.38.117.4⟧ ha tentato 200 accessi SSH falliti; bloccato.",
        "Fattura elettronica n. 118/2026 a Rossi Impianti, partita IVA ⟦IT_VAT_CODE|IT89015560439⟧, codice fiscale legale rappresentante ⟦IT_FISCAL_CODE|NZADHP88D10A944V⟧.",
        // Italian, hard negatives (no marked value).
        "Numero ordine 2026-IT-00418, spedizione BRT 0418822019. Consegna il 03/12/2026.",
        "Hash del rilascio 3.2.0: cae73ba326a82e8923503e7e3bf8284adc6f9d3d.",
        "IBAN di prova con codice di controllo errato: IT44 M107 4300 4286 VI4W N9QA 96W.",
        // Dutch, marked values.
        "Hoi, kun je de €35 voor het cadeau overmaken naar ⟦IBAN_CODE|NL05VNMN4603149047⟧? Groetjes, Femke (⟦PHONE_NUMBER|06 18 39 27 41⟧)",
        "Aanvraagformulier\nNaam: Daan Visser\nGeboortedatum: ⟦DATE_TIME|08-03-1986⟧\nE-mail: ⟦EMAIL_ADDRESS|daan.visser@mail.example⟧\nBelgisch nummer: ⟦PHONE_NUMBER|+32 470 21 84 93⟧",
        "Toegang geweigerd voor ⟦IP_ADDRESS|145.53.12.201⟧; API-sleutel ⟦SECRET|AIzaW-8oSSCTorZT8fKkuKxqgvlAaGSfNjmH1RB⟧ was ingetrokken.",
        // Dutch, hard negatives (no marked value).
        "Bestelling 2026-118-443, track & trace 3SABCD1234567890. Versie 2.1.4.",
        "Factuurnummer F2026-0412, klantnummer 100233. Vervaldatum 31-12-2026.",
        "Testkaart die moet falen: 4612-1072-7946-7136.",
        // Polish, marked values.
        "Proszę o przelew na rachunek ⟦IBAN_CODE|PL23 5054 7007 1277 8603 0170 4974⟧, tytułem: faktura FV/11/2026. Kontakt: ⟦PHONE_NUMBER|+48 12 422 18 37⟧.",
        "Formularz zgłoszeniowy\nImię i nazwisko: Katarzyna Mazur\nPESEL: ⟦PL_PESEL|07241413385⟧\nE-mail: ⟦EMAIL_ADDRESS|k.mazur@poczta.example⟧\nTelefon: ⟦PHONE_NUMBER|512 348 207⟧",
        "Zgłoszenie: klucz dostępu ⟦SECRET|AKIAHMECSHRBAQEOYQNI⟧ trafił do publicznego repozytorium. Logowanie z ⟦IP_ADDRESS|37.47.102.18⟧.",
        "Dane do umowy: PESEL ⟦PL_PESEL|81072506913⟧, data urodzenia ⟦DATE_TIME|12.03.1979⟧, nr konta ⟦IBAN_CODE|PL30341442220127972903999368⟧.",
        // Polish, hard negatives (no marked value).
        "Numer przesyłki 6200012345678, zamówienie 2026/11/8832, wersja aplikacji 4.0.2.",
        "Suma kontrolna: eb77d700f6b38fc42400b515699356c4e22bef7bf4f935b5c1a203054e1e97f4. Identyfikator zadania 4e9091b5-f507-4b53-9dd4-21cedfc0c35d.",
        // Portuguese, marked values.
        "Bom dia, segue o meu IBAN para o reembolso: ⟦IBAN_CODE|PT44416124156774155171598⟧. Telemóvel: ⟦PHONE_NUMBER|936 418 220⟧.",
        "Cadastro de cliente\nNome: Thiago Ribeiro\nData de nascimento: ⟦DATE_TIME|19/07/1990⟧\nE-mail: ⟦EMAIL_ADDRESS|thiago.ribeiro@email.example⟧\nCelular: ⟦PHONE_NUMBER|(11) 97421-3386⟧",
        "Cartão ⟦CREDIT_CARD|4769-6199-6314-0371⟧ bloqueado por suspeita de fraude; tentativa a partir do IP ⟦IP_ADDRESS|177.71.204.33⟧.",
        "Senha do banco de dados em produção: ⟦SECRET|mysql://admin:uxJJxLa5vZk5ifvUmW@db-01.prod.example:3306/inventory⟧ — não partilhar!",
        // Portuguese, hard negatives (no marked value).
        "Pedido nº BR-2026-44182, rastreio NL123456789BR. Nota fiscal 000.118.442.",
        "Versão 12.0.4 publicada; commit d28dd9b.",
        // Hindi (romanised), marked values.
        "Sir, refund ke liye mera PAN ⟦IN_PAN|CLRPH7610R⟧ aur bank Aadhaar ⟦IN_AADHAAR|5791 5874 4416⟧ hai. Call karein: ⟦PHONE_NUMBER|98450 12377⟧",
        "Mera janam din ⟦DATE_TIME|03/01/1994⟧ hai, email ⟦EMAIL_ADDRESS|pooja.yadav@mail.example⟧. Form bhar diya hai.",
        "Bhai ye key galti se group mein daal di: ⟦SECRET|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⟧ — please delete kar do",
        // Hindi (romanised), hard negatives (no marked value).
        "Order ID 408-2217781-3340, tracking AWB 78123344102. Kal tak aa jayega.",
        "App ka version 9.3.1 aa gaya, hash 498fcde.",
        // Hindi (Devanagari), marked values.
        "लाभार्थी विवरण: नाम रमेश कुमार, आधार ⟦IN_AADHAAR|640489732237⟧, पैन ⟦IN_PAN|SJWCU8558K⟧, मोबाइल ⟦PHONE_NUMBER|+91 94150 38271⟧",
        "आवेदक की जन्म तिथि: ⟦DATE_TIME|25/12/1985⟧\nईमेल: ⟦EMAIL_ADDRESS|suresh.patel@mail.example⟧",
        "सर्वर ⟦IP_ADDRESS|49.36.128.77⟧ से संदिग्ध लॉगिन प्रयास हुआ।",
        // Hindi (Devanagari), hard negatives (no marked value).
        "आपका टिकट नंबर 4418-220-19 है। यात्रा तिथि 05/12/2026।",
        "रिलीज़ 1.8.0 का चेकसम: b4d5b2766c53397bedead062bc914fd743e7283b7e357a15f6e2d4af6218d340",
        // Japanese, marked values.
        "クレジットカード番号 ⟦CREDIT_CARD|3557 5694 7119 2315⟧ の利用停止をお願いします。連絡先：⟦PHONE_NUMBER|080-4127-3368⟧",
        "会員登録情報\n氏名：鈴木 一郎\n生年月日：⟦DATE_TIME|1972年11月3日⟧\nメール：⟦EMAIL_ADDRESS|suzuki.ichiro@mail.example⟧",
        "アクセスログ：⟦IP_ADDRESS|133.242.18.9⟧ から管理画面への不正アクセスを検知しました。",
        "大阪支社の電話番号は ⟦PHONE_NUMBER|+81 6-6345-2210⟧ です。振込先 IBAN（フランス口座）：⟦IBAN_CODE|FR897225359051GEPTQMQBMOR45⟧",
        // Japanese, hard negatives (no marked value).
        "お問い合わせ番号 2026-1128-0041、バージョン 3.0.2。",
        "サンプルキー your-api-key-here を実際のキーに置き換えてください。",
        // Chinese, marked values.
        "请将货款汇至德国供应商账户 ⟦IBAN_CODE|DE31 3460 0618 0102 5622 93⟧，联系人电话 ⟦PHONE_NUMBER|+86 21 6418 2270⟧。",
        "会员资料\n姓名：王芳\n出生日期：⟦DATE_TIME|1988年9月21日⟧\n邮箱：⟦EMAIL_ADDRESS|wang.fang@mail.example⟧",
        "告警：访问密钥 ⟦SECRET|AKIAAJX4XIWSIXBGIEPQ⟧ 在 ⟦IP_ADDRESS|2400:da00::6666⟧ 被使用。",
        "比特币收款地址：⟦CRYPTO|bc1qyqxx48mdurgvhmylr9f4fgvzv3rksenneu2mtl⟧，请在30分钟内付款。",
        // Chinese, hard negatives (no marked value).
        "发票号码 04412288，订单号 2026112900418822，版本 v2.3.7。",
        "测试用卡号 4019757197749682 应该校验失败。",
        // Turkish, marked values.
        "Merhaba, aidat ödemesi için IBAN: ⟦IBAN_CODE|TR88 2224 1055 3744 7364 0921 79⟧. Sorularınız için ⟦PHONE_NUMBER|+90 212 318 44 72⟧.",
        "Hasta kaydı\nAd Soyad: Elif Şahin\nDoğum tarihi: ⟦DATE_TIME|16.04.1992⟧\nE-posta: ⟦EMAIL_ADDRESS|elif.sahin@eposta.example⟧",
        "Kartım ⟦CREDIT_CARD|5165 7193 4878 1043⟧ ile yapılan işlemi tanımıyorum, ⟦IP_ADDRESS|88.230.14.201⟧ adresinden giriş yapılmış.",
        // Turkish, hard negatives (no marked value).
        "Fatura no: GIB2026000004412, sipariş no: 118204. Sürüm 5.2.0.",
        "Kontrol hanesi hatalı IBAN örneği: TR84 3991 0007 6791 4650 6478 31.",
        "Commit 31f78cbe98c2ec6eb0d722eb13630f0f5d3886e8 ile hata giderildi.",
        // Swedish, marked values.
        "Hej, här är mina bankuppgifter för återbetalningen: ⟦IBAN_CODE|SE8895365519307334606706⟧. Mobil: ⟦PHONE_NUMBER|+46 73 418 22 95⟧.",
        "Ansökan\nNamn: Johan Nilsson\nFödelsedatum: ⟦DATE_TIME|1984-05-22⟧\nE-post: ⟦EMAIL_ADDRESS|johan.nilsson@mejl.example⟧",
        "Larm: inloggning från ⟦IP_ADDRESS|2001:6b0:e:2a18::1⟧ med lösenordet ⟦SECRET|8Qh+^ypeg9AnOTu3M⟧ som var i klartext i loggen.",
        // Swedish, hard negatives (no marked value).
        "Ordernummer 4418220, fakturanummer 2026-1182. Version 1.4.0.",
        "Testnummer som ska avvisas: 4408 9552 0285 2102, personnummer-likt ID 000000-0000.",
        "Kontrollsumma a54ebd6487573fed0e2dfef9f366b6956569d4522c6a4b32ce203b8df3cea327 för installationsfilen.",
    ];
}
