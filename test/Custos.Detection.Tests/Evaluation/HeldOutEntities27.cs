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
/// whole URL for a database URL with a password, and only the AccountKey value of an Azure storage connection string.
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

    /// <summary>The second half, written next and sealed for a later session.</summary>
    public static readonly string[] CasesB = [];
}
