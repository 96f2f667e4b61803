#!/usr/bin/env python3
"""Builds bn-unseen-corpus.txt: every distinct Bengali token of the seed documents and forms-spec.md (as written,
and with surrounding punctuation stripped), short mixed Bengali/Latin lines from the seeds, and generated hard
clusters. Run from the repository root:  python3 src/test/resources/shaping/make-unseen-corpus.py /work/shared"""
import glob, re, sys, unicodedata

shared = sys.argv[1] if len(sys.argv) > 1 else '/work/shared'
BN = re.compile('[\u0980-\u09FF]')
LAT = re.compile('[A-Za-z0-9@]')
items = []
seen = set()

def add(s):
    s = s.strip()
    if s and s not in seen and '\t' not in s:
        seen.add(s)
        items.append(s)

files = sorted(glob.glob(shared + '/seeds/*')) + [shared + '/docs/forms-spec.md']
lines = []
for f in files:
    text = open(f, encoding='utf-8').read()
    for w in text.split():
        if BN.search(w):
            add(w)
            add(w.strip('()[]{}"\'`“”‘’,;:.!?।॥*_|<>/—–-…'))
    lines += [l.strip() for l in text.splitlines()]
# short real lines that mix scripts (run splitting, fallback, digits, e-mail addresses, URLs)
for l in lines:
    if BN.search(l) and LAT.search(l) and len(l) <= 90:
        add(re.sub(r'\s+', ' ', l))

H = '\u09CD'; ZWJ = '\u200D'; ZWNJ = '\u200C'
C = [chr(c) for c in range(0x0995, 0x09B9 + 1) if unicodedata.category(chr(c)) == 'Lo'] + ['ড়', 'ঢ়', 'য়']
V = ['া', 'ি', 'ী', 'ু', 'ূ', 'ৃ', 'ে', 'ৈ', 'ো', 'ৌ']
for c in C:
    add(c)
    for v in V:
        add(c + v)
    add('র' + H + c)                    # reph
    add('র' + H + c + 'ি')              # reph + pre-base vowel
    add(c + H + 'য')                    # ya-phala
    add(c + H + 'য' + 'া')
    add('র' + H + c + H + 'য' + 'ে')    # reph + ya-phala + pre-base e
    add(c + H + 'র')                    # ra-phala
    add(c + H + 'র' + 'ি')
    add(c + H + 'ব')                    # ba-phala
    add(c + H)                          # visible hasanta
    add(c + H + ZWNJ + 'ক')             # explicit hasanta before a consonant
    add(c + 'ং'); add(c + 'ঁ'); add(c + 'ঃ'); add(c + 'ুঁ')
for a in C[:35]:
    for b in C[:35]:
        add(a + H + b)                  # every two-consonant conjunct
for s in ['ক্ষ্ম', 'ক্ষ্মী', 'লক্ষ্মী', 'ন্ত্র', 'মন্ত্রী', 'স্ত্র', 'শাস্ত্র', 'জ্ঞ', 'জ্ঞান', 'বিজ্ঞপ্তি', 'হ্ম', 'ব্রাহ্মণ', 'ন্দ্র',
          'ঙ্ক্ষ', 'আকাঙ্ক্ষা', 'ষ্ট্র', 'রাষ্ট্র', 'ন্ত্র্য', 'স্ত্র্য', 'র্ত্স্য', 'ৎস', 'উৎসব', 'উৎকর্ষ', 'সৎ', 'ভবিষ্যৎ', 'হঠাৎ',
          'র' + ZWJ + H + 'য', 'র' + ZWJ + H + 'যা', 'র' + ZWJ + H + 'যাব', 'ক' + H + ZWNJ + 'ষ', 'ক' + H + ZWJ + 'ষ',
          'ন' + H + ZWNJ + 'ত', 'স' + H + ZWNJ + 'ত', 'ত' + H + ZWNJ, 'ক' + ZWNJ + 'ি', 'ক' + ZWJ,
          'ন্তঁ', 'ক্ষং', 'স্ত্রঃ', 'চাঁদ', 'বাঁশ', 'কৃষ্ণঁ', 'সংখ্যা', 'দুঃখ', 'অন্তঃস্থ', 'অংশগ্রহণ', 'ক্ষুঁ', 'ন্ত্রীং',
          'ড়', 'ঢ়', 'য়', '\u09A1\u09BC', '\u09A2\u09BC', '\u09AF\u09BC', 'বড়', 'বড\u09BC', 'আষাঢ়', 'আষাঢ\u09BC', 'নিয়ম', 'নিয\u09BCম',
          'কোন', 'ক\u09C7\u09BEন', 'কৌশল', 'ক\u09C7\u09D7শল', 'ক্ষো', 'ক্ষ\u09C7\u09BE', 'স্ত্রৌ', 'স্ত্র\u09C7\u09D7', 'র্যো', 'গ্লৌ',
          'শৃঙ্খলা', 'হৃদয়', 'দৃষ্টি', 'কৃত্রিম', 'গ্রাম্য', 'ৠ', 'ৡ', 'ঌ', 'ৢ', 'কৢ', 'ৼ', '৺', 'ৗ', 'অ্যা', 'এ্যা',
          '০১২৩৪৫৬৭৮৯', '৳', '৳১,২৫০.৫০', '৳ ৫০০/-', '১০০%', '২০২৩-২৪', '৩০/০৬/২০২৪', '১ম', '২য়', '৩য়', '৪র্থ', '১৫তম', '১.১.২',
          '৳100', '100 টাকা', '12/05/2022', '0.5', 'Q1-এ', '১ম কোয়ার্টার', '৪র্থ ত্রৈমাসিক (Q4)',
          'শেষ।', 'প্রথম॥', '। ॥', 'কর্ম; ফল: লক্ষ্য!', 'কী?', '(কর্মসম্পাদন)', '[১.১]', '{প্রাপ্তি}', '“উদ্ভাবন”', '‘সেবা’',
          '"সেবা"', "'সেবা'", '(১)', '(ক)', 'ক)', '«ক»', 'কর্ম—পরিকল্পনা', 'কর্ম–পরিকল্পনা', 'কর্ম-পরিকল্পনা', 'তথ্য…',
          'ই-মেইল: dc.karaitoli@customs.gov.bd', 'dc@x.gov.bd ঠিকানায়', 'https://www.bangladesh.gov.bd/site/page/১২৩',
          'www.customs.gov.bd-এ দেখুন', 'ASYCUDA World সিস্টেমে', 'PSC ও PIC সভা', 'e-মেইল', 'e-Nothi-তে', 'PDF ফাইল',
          'ফোন: +8801674300290', 'মোবাইল: ০১৭১১-২২৩৩৪৪', 'NIS (জাতীয় শুদ্ধাচার কৌশল)', 'APA ২০২৩-২৪', 'ISO 9001:2015 সনদ',
          'Citizen\'s Charter (সিটিজেন চার্টার)', 'কাজ ১০০% done', 'Σ মোট', 'ক + খ = গ', 'x ≤ ৫', 'ক/খ', 'ক\\খ', 'ক_খ', 'ক*',
          '◌ি', '◌্য', 'ি', 'া', '্য', 'ং', 'ঁ', '্', 'ৃ', '\u00A0কর্ম', 'কর্ম\u00A0সম্পাদন', 'ক\u200Bখ', 'কর্ম\u2011পরিকল্পনা',
          'প্রাতিষ্ঠানিকীকরণের', 'আন্তঃমন্ত্রণালয়', 'পরিবীক্ষণ-মূল্যায়নপ্রতিবেদনসমূহেরসংক্ষিপ্তসারসংক্ষেপ',
          'বাস্তবায়নের\u200Cদায়িত্বপ্রাপ্তব্যক্তিপদবাস্তবায়নেরদায়িত্বপ্রাপ্ত', 'স্বতঃস্ফূর্ততা', 'উজ্জ্বল', 'সান্ত্বনা',
          'কর্ম\u09CD', 'র্\u200D', 'ক্ক্ক্ক']:
    add(s)
out = 'src/test/resources/shaping/bn-unseen-corpus.txt'
with open(out, 'w', encoding='utf-8') as f:
    f.write('\n'.join(items) + '\n')
print(len(items), 'items ->', out)
