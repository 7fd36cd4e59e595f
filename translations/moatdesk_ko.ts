<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="42"/>
        <source>&amp;New profile…</source>
        <translation>새 프로필(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="43"/>
        <source>Open the &amp;example</source>
        <translation>예시 열기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="44"/>
        <source>&amp;Import profile (JSON)…</source>
        <translation>JSON 프로필 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="45"/>
        <source>E&amp;xport profile (JSON)…</source>
        <translation>JSON으로 프로필 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="46"/>
        <source>Export PDF &amp;roadmap…</source>
        <translation>PDF 로드맵 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="47"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="48"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="49"/>
        <source>&amp;Undo delete</source>
        <translation>삭제 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="50"/>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="51"/>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="52"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="53"/>
        <source>&amp;Trash…</source>
        <translation>휴지통(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="54"/>
        <source>&amp;Start this quarter&apos;s review</source>
        <translation>이번 분기 점검 시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="55"/>
        <source>&amp;Continue draft</source>
        <translation>작성 중인 점검 이어 하기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="56"/>
        <source>&amp;View results</source>
        <translation>결과 보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="57"/>
        <source>&amp;What if…</source>
        <translation>가정해 보기(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="58"/>
        <source>Set the next review &amp;date…</source>
        <translation>다음 점검 날짜 정하기(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="59"/>
        <source>Export review &amp;reminder (.ics)…</source>
        <translation>점검 알림 내보내기(.ics)(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="60"/>
        <source>&amp;Guide and shortcuts</source>
        <translation>안내와 단축키(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="61"/>
        <source>&amp;About MoatDesk</source>
        <translation>MoatDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="67"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="68"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="69"/>
        <source>&amp;Review</source>
        <translation>점검(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/actions.py" line="70"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="116"/>
        <source>Enter the company name.</source>
        <translation>회사 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="118"/>
        <source>Choose the sector.</source>
        <translation>산업을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="119"/>
        <source>Choose the stage.</source>
        <translation>투자 단계를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="120"/>
        <source>Choose the place in the AI stack.</source>
        <translation>AI 스택에서의 위치를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="134"/>
        <source>To continue:</source>
        <translation>계속하려면:</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="145"/>
        <source>Your company</source>
        <translation>회사 정보</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="147"/>
        <source>Review for %1. These basics shape which moats matter most.</source>
        <translation>%1 점검입니다. 이 기본 정보에 따라 어떤 해자가 가장 중요한지가 달라집니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="152"/>
        <source>Company &amp;name:</source>
        <translation>회사 이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="153"/>
        <source>&amp;Sector:</source>
        <translation>산업(&amp;S):</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="154"/>
        <source>S&amp;tage:</source>
        <translation>투자 단계(&amp;T):</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="155"/>
        <source>Place in the AI &amp;stack:</source>
        <translation>AI 스택에서의 위치(&amp;K):</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="156"/>
        <source>&amp;Team size:</source>
        <translation>팀 규모(&amp;M):</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="157"/>
        <source>&amp;Runway:</source>
        <translation>런웨이(&amp;R):</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="164"/>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="165"/>
        <source> people</source>
        <translation>명</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="166"/>
        <source> months</source>
        <translation>개월</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/basics_page.py" line="170"/>
        <source>Choose…</source>
        <translation>선택하세요…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/moatdesk/cli/profile_commands.py" line="169"/>
        <source>No profile name contains “{text}”.</source>
        <translation>이름에 “{text}”이(가) 들어간 프로필이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/cli/profile_commands.py" line="171"/>
        <source>No profiles yet.</source>
        <translation>아직 프로필이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/cli/profile_commands.py" line="197"/>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/cli/profile_commands.py" line="199"/>
        <source>LATEST</source>
        <translation>최근 분기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/cli/profile_commands.py" line="200"/>
        <source>STATUS</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/cli/profile_commands.py" line="201"/>
        <source>REVIEW DUE</source>
        <translation>점검 필요</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/cli/profile_commands.py" line="203"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/cli/profile_commands.py" line="203"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="100"/>
        <source>Pick two different quarters.</source>
        <translation>서로 다른 두 분기를 고르세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="115"/>
        <source>Compare any two quarters to see what moved.</source>
        <translation>두 분기를 골라 무엇이 달라졌는지 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="123"/>
        <source>Moats that moved</source>
        <translation>달라진 해자</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="135"/>
        <source>No moat moved.</source>
        <translation>달라진 해자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="137"/>
        <source>Answers that changed</source>
        <translation>바뀐 답변</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="147"/>
        <source>not answered</source>
        <translation>답하지 않음</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="157"/>
        <source>No answer changed.</source>
        <translation>바뀐 답변이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="160"/>
        <source>Flags that appeared</source>
        <translation>새로 생긴 위험·기회</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="161"/>
        <source>Flags that cleared</source>
        <translation>사라진 위험·기회</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="168"/>
        <source>None.</source>
        <translation>없음.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="174"/>
        <source>The question bank changed between these quarters; some answers may not compare.</source>
        <translation>두 분기 사이에 질문 목록이 바뀌어 일부 답변은 비교되지 않을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="185"/>
        <source>Fro&amp;m:</source>
        <translation>이전 분기(&amp;M):</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="189"/>
        <source>C&amp;ompare</source>
        <translation>두 분기 비교(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="186"/>
        <source>&amp;To:</source>
        <translation>이후 분기(&amp;T):</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="187"/>
        <source>From quarter</source>
        <translation>이전 분기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/compare_view.py" line="188"/>
        <source>To quarter</source>
        <translation>이후 분기</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../src/moatdesk/ui/countdown_view.py" line="70"/>
        <source>%1 (draft)</source>
        <translation>%1 (작성 중)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/countdown_view.py" line="141"/>
        <source>When each moat stops holding, per review</source>
        <translation>점검별로 각 해자가 유지되지 않게 되는 시점</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <location filename="../src/moatdesk/ui/wizard/editors.py" line="135"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/editors.py" line="135"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/editors.py" line="168"/>
        <source>Not answered</source>
        <translation>답하지 않음</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/editors.py" line="206"/>
        <source>Type your answer</source>
        <translation>답변을 입력하세요</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../src/moatdesk/ui/empty_state.py" line="51"/>
        <source>Welcome to MoatDesk</source>
        <translation>MoatDesk에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/empty_state.py" line="53"/>
        <source>Answer a short wizard about your AI company each quarter and get a roadmap of which meta-moats hold, which decay and what to build before they do.</source>
        <translation>분기마다 AI 회사에 관한 짧은 질문에 답하면, 어떤 메타-해자가 유지되고 어떤 해자가 약해지는지, 그 전에 무엇을 만들어야 하는지 로드맵으로 보여 드립니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/empty_state.py" line="61"/>
        <source>New profile</source>
        <translation>새 프로필</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/empty_state.py" line="62"/>
        <source>Open the example</source>
        <translation>예시 열기</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/moatdesk/cli/example_command.py" line="29"/>
        <source>no bundled example “{name}”; choose one of: {known}</source>
        <translation>“{name}” 예시는 들어 있지 않습니다. 다음 중에서 고르세요: {known}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/cli/report_command.py" line="30"/>
        <source>profile “{name}” has no assessment yet; answer the wizard first</source>
        <translation>“{name}” 프로필에는 아직 평가가 없습니다. 먼저 앱에서 질문에 답하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/domain/content.py" line="43"/>
        <source>cannot read content file {name}: {detail}</source>
        <translation>{name} 콘텐츠 파일을 읽을 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/domain/content.py" line="54"/>
        <source>{source} is not valid TOML: {detail}</source>
        <translation>{source} 파일이 올바른 TOML 형식이 아닙니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/domain/content.py" line="63"/>
        <location filename="../src/moatdesk/domain/scenarios.py" line="197"/>
        <source>{source} has {count} problem(s):
{problems}</source>
        <translation>{source} 파일에 문제가 {count}개 있습니다:
{problems}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/domain/content.py" line="164"/>
        <source>{source} is incomplete:
{problems}</source>
        <translation>{source} 파일에 빠진 항목이 있습니다:
{problems}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/domain/example.py" line="38"/>
        <source>cannot read example resources/examples/{name}: {detail}</source>
        <translation>resources/examples/{name} 예시 파일을 읽을 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/domain/example.py" line="50"/>
        <source>example resources/examples/{name} is invalid: {detail}</source>
        <translation>resources/examples/{name} 예시 파일이 올바르지 않습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/domain/parameters.py" line="43"/>
        <source>cannot read resources/content/{name}: {detail}</source>
        <translation>resources/content/{name} 파일을 읽을 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/domain/attacks.py" line="104"/>
        <location filename="../src/moatdesk/domain/parameters.py" line="53"/>
        <source>resources/content/{name} is invalid at {where}: {detail}</source>
        <translation>resources/content/{name} 파일의 {where} 항목이 올바르지 않습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/files.py" line="29"/>
        <location filename="../src/moatdesk/storage/connection.py" line="305"/>
        <source>the disk is full; could not write {path}. Nothing was changed.</source>
        <translation>디스크 공간이 부족해 {path}에 저장하지 못했습니다. 바뀐 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/files.py" line="36"/>
        <source>no permission to write {path} (the folder is read-only). Nothing was changed.</source>
        <translation>{path}에 저장할 권한이 없습니다(읽기 전용 폴더). 바뀐 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/files.py" line="43"/>
        <source>could not write {path}: {detail}. Nothing was changed.</source>
        <translation>{path}에 저장하지 못했습니다: {detail}. 바뀐 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/files.py" line="136"/>
        <source>could not write {path}: the folder does not exist. Nothing was changed.</source>
        <translation>{path} 폴더가 없어 저장하지 못했습니다. 바뀐 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/report/data.py" line="102"/>
        <location filename="../src/moatdesk/storage/checks.py" line="82"/>
        <source>“{quarter}” is not a quarter; write it like 2026-Q4</source>
        <translation>“{quarter}”: 올바른 분기가 아닙니다. 2026-Q4처럼 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/report/data.py" line="110"/>
        <source>profile “{name}” has no assessment for {quarter} (it has none yet)</source>
        <translation>“{name}” 프로필에는 {quarter} 평가가 없습니다. 아직 평가한 분기가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/report/data.py" line="117"/>
        <source>profile “{name}” has no assessment for {quarter} (it has: {known})</source>
        <translation>“{name}” 프로필에는 {quarter} 평가가 없습니다(평가한 분기: {known}).</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/report/fonts.py" line="426"/>
        <source>cannot load the bundled font {font} ({detail}); reinstall MoatDesk</source>
        <translation>내장 글꼴 파일({font})을 불러올 수 없습니다({detail}). MoatDesk를 다시 설치하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/report/pdf.py" line="121"/>
        <source>the roadmap for {quarter} could not be laid out on A4 pages ({detail})</source>
        <translation>{quarter} 로드맵을 A4 페이지에 배치하지 못했습니다({detail}).</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/assessments_repo.py" line="47"/>
        <source>the question id “{question}” cannot be saved: it contains an unpaired surrogate at position {position}</source>
        <translation>질문 ID “{question}”에 저장할 수 없는 문자(짝이 없는 서로게이트, 위치 {position})가 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/assessments_repo.py" line="52"/>
        <source>the answer to “{question}” cannot be saved: it contains an unpaired surrogate at position {position}</source>
        <translation>“{question}” 질문의 답변에 저장할 수 없는 문자(짝이 없는 서로게이트, 위치 {position})가 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/assessments_repo.py" line="57"/>
        <source>the note on “{question}” cannot be saved: it contains an unpaired surrogate at position {position}</source>
        <translation>“{question}” 질문의 메모에 저장할 수 없는 문자(짝이 없는 서로게이트, 위치 {position})가 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/assessments_repo.py" line="80"/>
        <source>{count} answers in one quarter are more than MoatDesk keeps ({most})</source>
        <translation>한 분기의 답변 {count}개는 MoatDesk가 보관하는 한도({most}개)를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/assessments_repo.py" line="98"/>
        <source>these answers cannot be saved: {detail}</source>
        <translation>답변을 저장할 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/assessments_repo.py" line="103"/>
        <source>one quarter&apos;s answers and notes would take {size} MB; MoatDesk keeps at most {most} MB a quarter. Shorten some notes.</source>
        <translation>한 분기의 답변과 메모가 {size}MB가 됩니다. MoatDesk는 분기마다 최대 {most}MB까지 보관합니다. 메모를 줄이세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/assessments_repo.py" line="125"/>
        <source>a profile keeps at most {most} quarters ({years} years of reviews); this one already has {have}</source>
        <translation>프로필 하나는 최대 {most}개 분기({years}년치 점검)까지 보관합니다. 이 프로필에는 이미 {have}개가 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/assessments_repo.py" line="158"/>
        <source>the stored {quarter} assessment of profile {profile} is not valid: {detail}</source>
        <translation>프로필 {profile}에 저장된 {quarter} 평가가 올바르지 않습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/backups.py" line="157"/>
        <source>there is no backup file at {path}</source>
        <translation>{path}에 백업 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/backups.py" line="166"/>
        <source>{path} cannot be restored: it is not an intact MoatDesk database</source>
        <translation>{path} 파일은 온전한 MoatDesk 데이터베이스가 아니어서 복원할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/backups.py" line="173"/>
        <source>the backup {path} was made by a newer MoatDesk (schema {version}); update MoatDesk to restore it.</source>
        <translation>{path} 백업은 더 새로운 버전의 MoatDesk에서 만들어졌습니다(스키마 {version}). 복원하려면 MoatDesk를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/backups.py" line="264"/>
        <source>there is no usable backup in {folder} ({count} unusable)</source>
        <translation>{folder}에 쓸 수 있는 백업이 없습니다(쓸 수 없는 백업 {count}개).</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/backups.py" line="269"/>
        <source>there is no usable backup in {folder}</source>
        <translation>{folder}에 쓸 수 있는 백업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/checks.py" line="34"/>
        <source>the name has no visible characters; give the profile a name</source>
        <translation>이름에 보이는 글자가 없습니다. 프로필에 이름을 붙이세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/checks.py" line="40"/>
        <source>“{name}” looks like a profile id (32 hexadecimal digits), which would hide it from lookups; choose another name</source>
        <translation>“{name}”은(는) 프로필 ID(16진수 32자리)처럼 보여 조회할 때 가려집니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/checks.py" line="61"/>
        <source>the company name cannot be saved: it contains an unpaired surrogate at position {position}</source>
        <translation>회사 이름에 저장할 수 없는 문자(짝이 없는 서로게이트, 위치 {position})가 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/checks.py" line="72"/>
        <source>these company details cannot be saved: {detail}</source>
        <translation>회사 기본 정보를 저장할 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/checks.py" line="95"/>
        <source>a profile named “{name}” already exists; choose another name</source>
        <translation>“{name}” 프로필이 이미 있습니다. 다른 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/connection.py" line="99"/>
        <source>could not read {path}: {detail}. It was left as it is.</source>
        <translation>{path}을(를) 읽을 수 없습니다: {detail}. 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/connection.py" line="105"/>
        <source>{path} is not a MoatDesk database (it does not start with an SQLite header); it was left as it is. Restore a backup to continue.</source>
        <translation>{path} 파일은 MoatDesk 데이터베이스가 아닙니다(SQLite 헤더로 시작하지 않습니다). 파일은 그대로 두었습니다. 계속하려면 백업을 복원하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/connection.py" line="46"/>
        <source>{path} is damaged ({detail}); it was left as it is. Restore a backup to continue.</source>
        <translation>{path} 파일이 손상되었습니다({detail}). 파일은 그대로 두었습니다. 계속하려면 백업을 복원하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/connection.py" line="239"/>
        <source>cannot write {path}: the folder {folder} does not exist.</source>
        <translation>{path}에 저장할 수 없습니다. {folder} 폴더가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/connection.py" line="245"/>
        <source>cannot write {path}: the folder {folder} is read-only. Nothing was changed.</source>
        <translation>{path}에 저장할 수 없습니다. {folder} 폴더가 읽기 전용입니다. 바뀐 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/connection.py" line="254"/>
        <source>cannot write {path}: the file is read-only. Nothing was changed.</source>
        <translation>{path}에 저장할 수 없습니다. 파일이 읽기 전용입니다. 바뀐 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/connection.py" line="260"/>
        <source>cannot write {path}: the file or its folder is read-only. Nothing was changed.</source>
        <translation>{path}에 저장할 수 없습니다. 파일이나 폴더가 읽기 전용입니다. 바뀐 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/connection.py" line="296"/>
        <source>{path} is busy: another MoatDesk window or command is writing to it. Try again in a moment (or close the other window).</source>
        <translation>{path} 파일이 사용 중입니다. 다른 MoatDesk 창이나 명령이 쓰고 있습니다. 잠시 후 다시 시도하세요(또는 다른 창을 닫으세요).</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/connection.py" line="316"/>
        <source>the disk reported an I/O error while writing {path}.</source>
        <translation>{path}에 저장하는 중 디스크 입출력 오류가 발생했습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/connection.py" line="320"/>
        <source>the database {path} reported an error: {detail}</source>
        <translation>{path} 데이터베이스에서 오류가 발생했습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="52"/>
        <source>{source} is not UTF-8 text (byte {byte})</source>
        <translation>{source} 파일이 UTF-8 텍스트가 아닙니다(바이트 위치 {byte}).</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="65"/>
        <source>{source} is not valid JSON (line {line}, column {column}: {detail}); it may be truncated</source>
        <translation>{source} 파일이 올바른 JSON이 아닙니다({line}행 {column}열: {detail}). 파일이 잘렸을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="77"/>
        <source>{source} is nested too deeply to be a profile</source>
        <translation>{source} 파일은 중첩이 너무 깊어 프로필로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="82"/>
        <source>{source}: the key “{key}” appears twice in one object</source>
        <translation>{source}: 한 객체 안에 “{key}” 키가 두 번 나옵니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="88"/>
        <source>{source}: {constant} is not a number a profile can hold</source>
        <translation>{source}: {constant} 값은 프로필에 담을 수 있는 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="94"/>
        <source>{source}: a number with {digits} digits is not one a profile can hold (at most {most})</source>
        <translation>{source}: {digits}자리 숫자는 프로필에 담을 수 없는 값입니다(최대 {most}자리).</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="112"/>
        <source>{source} is not a MoatDesk profile: {detail}</source>
        <translation>{source} 파일은 MoatDesk 프로필이 아닙니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="120"/>
        <source>{source} has more than one assessment for {quarters}</source>
        <translation>{source} 파일에 {quarters} 평가가 두 개 이상 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="160"/>
        <source>{source}, {quarter}: there is no question “{question}” in question bank {bank}, which this review says it used</source>
        <translation>{source}, {quarter}: 이 점검이 사용했다고 밝힌 질문 목록 {bank}에는 “{question}” 질문이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="174"/>
        <source>{source}, {quarter}: the answer {value} does not fit the question “{question}” ({detail})</source>
        <translation>{source}, {quarter}: 답변 {value}은(는) “{question}” 질문에 맞지 않습니다({detail}).</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="201"/>
        <source>there is no file {source}</source>
        <translation>{source} 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="205"/>
        <source>{source} is a folder, not a file</source>
        <translation>{source} 경로는 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="209"/>
        <source>no permission to read {source}</source>
        <translation>{source} 파일을 읽을 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="213"/>
        <source>could not read {source}: {detail}</source>
        <translation>{source} 파일을 읽지 못했습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="224"/>
        <source>{source} is larger than {megabytes} MB, more than any profile MoatDesk can export</source>
        <translation>{source}은(는) {megabytes}MB보다 커서 MoatDesk가 내보낼 수 있는 어떤 프로필보다도 큽니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="280"/>
        <source>{source} is nested more than {depth} levels deep</source>
        <translation>{source} 파일의 중첩이 {depth}단계보다 깊습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="300"/>
        <source>{source}, at {where}: the text contains an unpaired surrogate at position {position}</source>
        <translation>{source} 파일의 {where}: 텍스트에 저장할 수 없는 문자(짝이 없는 서로게이트, 위치 {position})가 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/exchange.py" line="315"/>
        <source>{source} was exported by a newer MoatDesk (format version {version}; this one reads up to {known}). Update MoatDesk to import it.</source>
        <translation>{source} 파일은 더 새로운 버전의 MoatDesk에서 내보낸 것입니다(형식 버전 {version}, 이 버전은 {known}까지 읽습니다). 가져오려면 MoatDesk를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/opening.py" line="90"/>
        <source>{path} is a folder where MoatDesk&apos;s database should be; it was left as it is. Move it away, or choose another data folder with --data-dir.</source>
        <translation>{path}은(는) MoatDesk 데이터베이스가 있어야 할 자리에 있는 폴더입니다. 그대로 두었습니다. 이 폴더를 옮기거나 --data-dir로 다른 데이터 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/opening.py" line="104"/>
        <source>{path} is empty (0 bytes) although backups exist; it was left as it is. Restore a backup to continue.</source>
        <translation>백업이 있는데도 {path} 파일이 비어 있습니다(0바이트). 파일은 그대로 두었습니다. 계속하려면 백업을 복원하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/opening.py" line="121"/>
        <source>{path} was written by a newer MoatDesk (schema {version}; this one knows up to {known}). It was left untouched; update MoatDesk to open it.</source>
        <translation>{path} 파일은 더 새로운 버전의 MoatDesk에서 저장되었습니다(스키마 {version}, 이 버전은 {known}까지 지원합니다). 파일은 그대로 두었습니다. 열려면 MoatDesk를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/profiles_repo.py" line="51"/>
        <source>the stored basics of profile {profile} are not valid: {detail}</source>
        <translation>프로필 {profile}에 저장된 회사 기본 정보가 올바르지 않습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/store.py" line="298"/>
        <source>there is no profile with the name or id “{ref}”</source>
        <translation>이름이나 ID가 “{ref}”인 프로필이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/store.py" line="343"/>
        <source>that name cannot be used: {detail}</source>
        <translation>이 이름은 쓸 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/store.py" line="380"/>
        <source>there is no profile “{profile}” in the trash</source>
        <translation>휴지통에 “{profile}” 프로필이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/store.py" line="93"/>
        <source>this profile already has an assessment for {quarter}; open that one instead of starting another</source>
        <translation>이 프로필에는 이미 {quarter} 평가가 있습니다. 새로 시작하지 말고 그 평가를 여세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/store.py" line="602"/>
        <source>this profile has no assessment for {quarter}</source>
        <translation>이 프로필에는 {quarter} 평가가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/store.py" line="624"/>
        <source>{quarter} is more than one quarter ahead; a review can start at most one quarter early ({next})</source>
        <translation>{quarter}은(는) 한 분기보다 더 뒤입니다. 분기 점검은 최대 한 분기 일찍({next})까지만 시작할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/store.py" line="88"/>
        <source>the {quarter} assessment is final; reopen it to amend it</source>
        <translation>{quarter} 평가는 확정되었습니다. 수정하려면 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/store.py" line="536"/>
        <source>{path} is a folder; give a file name such as profile.json</source>
        <translation>{path} 경로는 폴더입니다. profile.json 같은 파일 이름을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/store.py" line="590"/>
        <source>there is no profile with the id “{profile}”</source>
        <translation>ID가 “{profile}”인 프로필이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/cli/whatif_command.py" line="47"/>
        <source>give a profile and --scenario ID, or --list to see the scenarios</source>
        <translation>프로필과 --scenario ID를 주거나, --list로 시나리오 목록을 확인하세요</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/domain/scenarios.py" line="148"/>
        <source>no scenario “{id}”; `moatdesk what-if --list` shows them</source>
        <translation>“{id}” 시나리오가 없습니다. `moatdesk what-if --list`로 목록을 확인하세요</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/domain/scenarios.py" line="385"/>
        <location filename="../src/moatdesk/domain/scenarios.py" line="391"/>
        <source>this what-if does not fit: {detail}</source>
        <translation>이 가정은 질문 목록에 맞지 않습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/domain/scenarios.py" line="428"/>
        <source>a scenario name is 1 to {limit} characters of text: {detail}</source>
        <translation>시나리오 이름은 1~{limit}자의 텍스트여야 합니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/cli/store_access.py" line="64"/>
        <source>MoatDesk is open on the data folder {folder} (process {pid}); close it, then run this command again. Nothing was changed.</source>
        <translation>MoatDesk가 데이터 폴더 {folder}을(를) 열어 두고 있습니다(프로세스 {pid}). 앱을 닫은 뒤 이 명령을 다시 실행하세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/location.py" line="32"/>
        <source>{folder} is a file, not a folder; MoatDesk keeps its profiles in a folder. Nothing was changed.</source>
        <translation>{folder}은(는) 폴더가 아니라 파일입니다. MoatDesk는 프로필을 폴더에 보관합니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/location.py" line="73"/>
        <source>{path} is where MoatDesk keeps its own data ({folder}); choose another file. Nothing was changed.</source>
        <translation>{path}은(는) MoatDesk가 자체 데이터를 보관하는 파일입니다({folder}). 다른 파일을 고르세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/storage/scenarios_repo.py" line="35"/>
        <source>the saved scenario “{name}” of {quarter} is not valid: {detail}</source>
        <translation>{quarter}에 저장된 “{name}” 시나리오가 올바르지 않습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/cli/profile_commands.py" line="258"/>
        <source>{failed} of {total} file(s) could not be imported: {files}</source>
        <translation>파일 {total}개 중 {failed}개를 가져오지 못했습니다: {files}</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/cli/roadmap_commands.py" line="93"/>
        <source>--from {before} must be an earlier quarter than --to {after}</source>
        <translation>--from {before} 분기가 --to {after} 분기보다 앞서야 합니다.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../src/moatdesk/ui/pdf_export.py" line="389"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n쪽</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../src/moatdesk/ui/guide.py" line="27"/>
        <source>The quarterly review</source>
        <translation>분기 점검</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/guide.py" line="29"/>
        <source>Once a quarter you answer questions about your company, one page per section of the essay: speed, the data flywheel, synthetic data, market timing and talent, incremental spinouts and contrarian bets. Each answer is saved as you go; Save and close keeps a draft you can continue later.</source>
        <translation>분기마다 한 번 우리 회사에 관한 질문에 답합니다. 에세이의 절마다 한 쪽씩입니다: 속도, 데이터 플라이휠, 합성 데이터, 시장 타이밍과 인재, 점진적 스핀아웃과 역발상 베팅. 답은 입력하는 대로 저장되며, 저장하고 닫기를 누르면 작성 중인 점검으로 남아 나중에 이어서 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/guide.py" line="36"/>
        <source>A new quarter starts from the last final review. Answers that feed fast-decaying moats are marked for you to confirm. Unanswered questions count as neutral, and a moat with too few answers is shown as not assessed rather than weak.</source>
        <translation>새 분기는 마지막으로 확정한 점검에서 시작합니다. 빠르게 약해지는 해자에 쓰이는 답에는 다시 확인하라는 표시가 붙습니다. 답하지 않은 질문은 중립으로 계산하며, 답이 너무 적은 해자는 약하다고 하지 않고 평가되지 않음으로 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/guide.py" line="46"/>
        <source>Reading the roadmap</source>
        <translation>로드맵 읽는 법</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/guide.py" line="48"/>
        <source>The chart shows each of the nine meta-moats by horizon and how its strength decays over the next five years. Hatched cells no longer hold; the marker shows the quarter a moat stops holding.</source>
        <translation>차트는 아홉 가지 메타-해자를 시간 지평별로 보여 주고, 앞으로 5년 동안 각 해자의 강도가 어떻게 약해지는지 보여 줍니다. 빗금 친 칸은 더는 유지되지 않으며, 표시는 해자가 유지되지 않게 되는 분기를 가리킵니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/guide.py" line="54"/>
        <source>Do first lists at most three actions for next quarter, chosen by how much they move the earliest stops or answer the gravest risk. In the main window the countdown shows, review by review, whether each stop quarter moved later (you outran the decay) or earlier.</source>
        <translation>먼저 할 일에는 다음 분기의 실행 항목을 최대 세 개까지 보여 줍니다. 가장 이른 유지 종료 시점을 얼마나 늦추는지, 가장 심각한 위험에 답하는지를 기준으로 고릅니다. 메인 창의 카운트다운은 점검마다 각 해자가 유지되지 않게 되는 분기가 늦어졌는지(약화를 앞질렀는지) 앞당겨졌는지 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/guide.py" line="81"/>
        <source>Profiles list: the first / the last profile</source>
        <translation>프로필 목록: 첫 프로필 / 마지막 프로필</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/guide.py" line="82"/>
        <source>Wizard: next page</source>
        <translation>마법사: 다음 쪽</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/guide.py" line="83"/>
        <source>Wizard: previous page</source>
        <translation>마법사: 이전 쪽</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/guide.py" line="93"/>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/guide.py" line="100"/>
        <source>The essay</source>
        <translation>에세이</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/guide.py" line="102"/>
        <source>MoatDesk follows Michael Dempsey&apos;s essay &quot;The Shifting Dynamics and Meta-Moats of AI&quot; (Compound): defensibility is a set of meta-moats, each decaying as the industry matures. Every question and action names the essay section it comes from.</source>
        <translation>MoatDesk는 Michael Dempsey의 에세이 &quot;The Shifting Dynamics and Meta-Moats of AI&quot;(Compound)를 따릅니다. 방어력은 하나의 해자가 아니라 메타-해자의 묶음이며, 각 메타-해자는 산업이 성숙하면서 약해집니다. 모든 질문과 실행 항목에는 근거가 된 에세이의 절이 적혀 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/guide.py" line="127"/>
        <location filename="../src/moatdesk/ui/guide.py" line="128"/>
        <source>Guide</source>
        <translation>도움말</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="545"/>
        <source>Start review</source>
        <translation>점검 시작</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="547"/>
        <source>The %1 review is already finished. Reopen it to amend it?</source>
        <translation>%1 점검은 이미 확정되었습니다. 다시 열어 수정할까요?</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="568"/>
        <source>Continue draft</source>
        <translation>작성 중인 점검 이어 하기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="570"/>
        <source>You have a draft of %1, last saved %2. Continue it?</source>
        <translation>%1 점검을 작성하던 중입니다(마지막 저장: %2). 이어서 할까요?</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="693"/>
        <source>Started the %1 draft from a what-if.</source>
        <translation>가정으로 %1 점검을 작성 중 상태로 시작했습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="741"/>
        <source>About MoatDesk</source>
        <translation>MoatDesk 정보</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="743"/>
        <source>MoatDesk %1
A quarterly self-assessment of your AI company&apos;s meta-moats, after Michael Dempsey&apos;s essay &quot;The Shifting Dynamics and Meta-Moats of AI&quot;.</source>
        <translation>MoatDesk %1
Michael Dempsey의 에세이 「AI의 변화하는 역학 및 메타-해자」(The Shifting Dynamics and Meta-Moats of AI)를 바탕으로 AI 회사의 메타-해자를 분기마다 스스로 점검하는 도구입니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_window.py" line="236"/>
        <source>Meta-moat roadmap</source>
        <translation>메타-해자 로드맵</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="67"/>
        <source>%1 MoatDesk roadmap %2.pdf</source>
        <translation>%1 MoatDesk 로드맵 %2.pdf</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="232"/>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="488"/>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="509"/>
        <source>Export PDF</source>
        <translation>PDF 내보내기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="480"/>
        <source>Some characters could not be drawn with the bundled fonts: %1</source>
        <translation>내장 글꼴로 표시할 수 없는 문자가 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="414"/>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="511"/>
        <source>The roadmap could not be exported:
%1</source>
        <translation>로드맵을 내보내지 못했습니다:
%1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="68"/>
        <source>%1 MoatDesk brief %2.pdf</source>
        <translation>%1 MoatDesk 요약본 %2.pdf</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="69"/>
        <source>%1 MoatDesk investor roadmap %2.pdf</source>
        <translation>%1 MoatDesk 투자자용 로드맵 %2.pdf</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="201"/>
        <source>Title: %1</source>
        <translation>제목: %1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="202"/>
        <source>Author: %1</source>
        <translation>작성자: %1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="203"/>
        <source>Subject: %1</source>
        <translation>주제: %1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="204"/>
        <source>Keywords: %1</source>
        <translation>키워드: %1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="207"/>
        <source>— Page %1 of %2 —</source>
        <translation>— %2쪽 중 %1쪽 —</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="239"/>
        <source>Full roadmap</source>
        <translation>전체 로드맵</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="240"/>
        <source>Page 1 is the brief; then each moat&apos;s reasons, every flag, the whole roadmap, the trend and every answer with its notes.</source>
        <translation>1쪽은 요약입니다. 이어서 해자별 근거, 모든 위험과 기회, 로드맵 전체, 추이, 메모를 포함한 모든 답변이 담깁니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="247"/>
        <source>Brief</source>
        <translation>요약본</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="248"/>
        <source>The brief alone, at most two pages: to hand over in a minute.</source>
        <translation>요약만 담은 최대 2쪽 문서입니다. 1분 안에 읽고 건넬 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="253"/>
        <source>Investor view</source>
        <translation>투자자용</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="254"/>
        <source>The full roadmap without your notes, your free-text answers and the answers you marked private.</source>
        <translation>우리 메모, 서술형 답변, 비공개로 표시한 답변을 뺀 전체 로드맵입니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="278"/>
        <source>Preview of the PDF&apos;s pages</source>
        <translation>PDF 페이지 미리 보기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="285"/>
        <source>Preview of the PDF&apos;s text</source>
        <translation>PDF 내용 미리 보기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="287"/>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="288"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="294"/>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="324"/>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="367"/>
        <source>Preparing the preview…</source>
        <translation>미리 보기를 준비하는 중…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="457"/>
        <source>Export the PDF roadmap</source>
        <translation>PDF 로드맵 내보내기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="459"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="490"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/pdf_export.py" line="493"/>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
</context>
<context>
    <name>PdfExportJob</name>
    <message numerus="yes">
        <location filename="../src/moatdesk/ui/pdf_export.py" line="476"/>
        <source>Saved the roadmap (%n pages) to
%1</source>
        <translation>
            <numerusform>로드맵(%n쪽)을 저장했습니다:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDetail</name>
    <message numerus="yes">
        <location filename="../src/moatdesk/ui/profile_detail.py" line="259"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/moatdesk/ui/profile_detail.py" line="260"/>
        <source>%n months of runway</source>
        <translation>
            <numerusform>런웨이 %n개월</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profile_detail.py" line="268"/>
        <source>amended</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profile_detail.py" line="326"/>
        <source>Quarters and trend</source>
        <translation>분기별 기록과 추이</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profile_detail.py" line="327"/>
        <source>Compare quarters</source>
        <translation>분기 비교</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profile_detail.py" line="330"/>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profile_detail.py" line="331"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profile_detail.py" line="332"/>
        <source>Last edited</source>
        <translation>마지막 수정</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profile_detail.py" line="333"/>
        <source>Moats</source>
        <translation>해자</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profile_detail.py" line="337"/>
        <source>Cou&amp;ntdown: the quarter each moat stops holding</source>
        <translation>카운트다운(&amp;N): 각 해자가 유지되지 않게 되는 분기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profile_detail.py" line="339"/>
        <source>Quarter history</source>
        <translation>분기 기록</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profile_detail.py" line="340"/>
        <source>Moat strength per quarter</source>
        <translation>분기별 해자 강도</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profile_detail.py" line="341"/>
        <source>No quarters yet.</source>
        <translation>아직 점검한 분기가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profile_detail.py" line="342"/>
        <source>Scoring the quarters…</source>
        <translation>분기별 점수를 계산하고 있습니다…</translation>
    </message>
</context>
<context>
    <name>ProfileOps</name>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="407"/>
        <location filename="../src/moatdesk/ui/main_controller.py" line="433"/>
        <source>Import a profile</source>
        <translation>프로필 가져오기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="409"/>
        <location filename="../src/moatdesk/ui/main_controller.py" line="468"/>
        <source>MoatDesk profiles (*.json)</source>
        <translation>MoatDesk 프로필 (*.json)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="415"/>
        <source>Imported “%1”.</source>
        <translation>“%1” 프로필을 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="417"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="419"/>
        <source>“%1” already exists; added quarters: %2.</source>
        <translation>“%1” 프로필이 이미 있어 분기만 추가했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="434"/>
        <source>Answers kept for a newer question bank: %1</source>
        <translation>더 새로운 질문 목록의 답을 보관했습니다: %1개</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="439"/>
        <source>The file was written with a newer MoatDesk. Its answers to questions this version does not ask are kept unchanged, so a newer MoatDesk can use them; the results here do not count them.</source>
        <translation>이 파일은 더 새로운 MoatDesk에서 만들었습니다. 이 버전에 없는 질문의 답은 바꾸지 않고 보관하므로 새 버전의 MoatDesk에서 쓸 수 있습니다. 이 버전의 결과에는 반영되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="463"/>
        <source>Export the profile</source>
        <translation>프로필 내보내기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="465"/>
        <source>%1 MoatDesk profile.json</source>
        <translation>%1 MoatDesk 프로필.json</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="474"/>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="482"/>
        <source>Rename profile</source>
        <translation>프로필 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="483"/>
        <source>New company name:</source>
        <translation>새 회사 이름:</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="785"/>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="787"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (사본 %2)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="516"/>
        <source>Moved “%1” to the trash.</source>
        <translation>“%1” 프로필을 휴지통으로 옮겼습니다.</translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message>
        <location filename="../src/moatdesk/ui/profiles_model.py" line="246"/>
        <source>Review due</source>
        <translation>점검 필요</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profiles_model.py" line="247"/>
        <source>draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profiles_panel.py" line="210"/>
        <location filename="../src/moatdesk/ui/profiles_panel.py" line="211"/>
        <source>Search companies</source>
        <translation>회사 검색</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profiles_panel.py" line="212"/>
        <source>Profiles</source>
        <translation>프로필</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profiles_model.py" line="251"/>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profiles_model.py" line="252"/>
        <source>Latest quarter</source>
        <translation>최근 분기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profiles_model.py" line="253"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/profiles_model.py" line="254"/>
        <source>Last edited</source>
        <translation>마지막 수정</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../src/moatdesk/ui/save_dialog.py" line="28"/>
        <source>&amp;Look in:</source>
        <translation>다음에서 찾기(&amp;L):</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/save_dialog.py" line="29"/>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QuarterDialog</name>
    <message>
        <location filename="../src/moatdesk/ui/quarter_dialog.py" line="94"/>
        <source>(already started: it opens)</source>
        <translation>(이미 시작함: 그 점검이 열립니다)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/quarter_dialog.py" line="98"/>
        <source>Start review</source>
        <translation>점검 시작</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/quarter_dialog.py" line="99"/>
        <source>Which quarter is this review for?</source>
        <translation>어느 분기의 점검입니까?</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/quarter_dialog.py" line="101"/>
        <source>&amp;This quarter, %1</source>
        <translation>이번 분기, %1(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/quarter_dialog.py" line="104"/>
        <source>&amp;Next quarter, %1, started early</source>
        <translation>다음 분기, %1 (미리 시작)(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/quarter_dialog.py" line="107"/>
        <source>A &amp;past quarter not yet recorded (backfilled):</source>
        <translation>아직 기록하지 않은 지난 분기 (소급 기록)(&amp;P):</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/quarter_dialog.py" line="109"/>
        <source>Past quarter</source>
        <translation>지난 분기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/quarter_dialog.py" line="111"/>
        <source>A backfilled review records a quarter that has passed, with the basics as they were then; it is marked as backfilled. A quarter has one review.</source>
        <translation>소급 기록은 이미 지난 분기를 그때의 기본 정보로 기록하며, 소급 기록으로 표시됩니다. 한 분기에는 점검이 하나만 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/quarter_dialog.py" line="117"/>
        <source>The recent past quarters are all recorded already.</source>
        <translation>최근 지난 분기는 모두 이미 기록되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/quarter_dialog.py" line="120"/>
        <source>&amp;Start review</source>
        <translation>점검 시작(&amp;S)</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="231"/>
        <source>Notes are limited to %1 characters.</source>
        <translation>메모는 %1자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="241"/>
        <source>Carried over from %1. This answer feeds a fast-decaying moat: check it still holds.</source>
        <translation>%1에서 가져온 답변입니다. 빠르게 약해지는 해자에 영향을 주니 지금도 맞는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="247"/>
        <source>Carried over from %1 and checked for this quarter. This answer feeds a fast-decaying moat.</source>
        <translation>%1에서 가져온 답변이며 이번 분기에 다시 확인했습니다. 빠르게 약해지는 해자에 영향을 주는 답변입니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="254"/>
        <source>Still true</source>
        <translation>여전히 맞음</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="255"/>
        <source>Checked</source>
        <translation>확인함</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="271"/>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="272"/>
        <source>Why this matters</source>
        <translation>왜 중요한가요?</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="273"/>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="274"/>
        <source>Clear answer</source>
        <translation>답변 지우기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="278"/>
        <source>From the essay: %1</source>
        <translation>에세이 출처: %1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="280"/>
        <source>Notes and evidence (optional)</source>
        <translation>메모와 근거 (선택)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="281"/>
        <source>Notes and evidence</source>
        <translation>메모와 근거</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="282"/>
        <source>&amp;Confidence:</source>
        <translation>확신(&amp;C):</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="283"/>
        <source>Confidence</source>
        <translation>확신</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="284"/>
        <source>Private</source>
        <translation>비공개</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="286"/>
        <source>Keep this answer out of the investor view of the PDF</source>
        <translation>이 답변을 PDF 투자자용에서 뺍니다</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/question_widget.py" line="291"/>
        <source>Not set</source>
        <translation>선택 안 함</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="330"/>
        <source>Removed the date picked for the review of “%1”.</source>
        <translation>“%1” 점검에 정한 날짜를 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="335"/>
        <source>MoatDesk will remind you of the review of “%1” on %2.</source>
        <translation>%2에 “%1” 점검을 알려 드립니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="374"/>
        <source>Export the review reminder</source>
        <translation>점검 알림 내보내기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="376"/>
        <source>Calendar files (*.ics)</source>
        <translation>캘린더 파일 (*.ics)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/main_controller.py" line="384"/>
        <source>Saved the reminder to %1</source>
        <translation>알림을 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/reminder.py" line="101"/>
        <source>MoatDesk: quarterly review of %1</source>
        <translation>MoatDesk: %1 분기 점검</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/reminder.py" line="102"/>
        <source>Start this quarter&apos;s review in MoatDesk: see which moats still hold and whether their stop quarters moved.</source>
        <translation>MoatDesk에서 이번 분기 점검을 시작하세요. 어떤 해자가 아직 유지되는지, 유지되지 않게 되는 분기가 움직였는지 확인합니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/reminder.py" line="187"/>
        <source>St&amp;art review</source>
        <translation>점검 시작(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/reminder.py" line="188"/>
        <source>Remind me on a &amp;date…</source>
        <translation>날짜를 정해 알림(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/reminder.py" line="189"/>
        <source>Remind me &amp;later</source>
        <translation>나중에 알림(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/reminder.py" line="193"/>
        <source>The %1 review of “%2” is due.</source>
        <translation>“%2”의 %1 점검을 할 때입니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/reminder.py" line="196"/>
        <source>The review of “%1” you planned for %2 is due.</source>
        <translation>%2(으)로 정한 “%1” 점검을 할 때입니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/review_date_dialog.py" line="83"/>
        <source>Next review</source>
        <translation>다음 점검</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/review_date_dialog.py" line="86"/>
        <source>Remind me about the review of “%1” &amp;on:</source>
        <translation>“%1” 점검 알림 날짜(&amp;O):</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/review_date_dialog.py" line="90"/>
        <source>&amp;No date of my own</source>
        <translation>날짜 정하지 않음(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/review_date_dialog.py" line="92"/>
        <source>Remind me when the next quarter begins, as before.</source>
        <translation>전처럼 다음 분기가 시작될 때 알립니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/reminder.py" line="209"/>
        <source>The next review is due (since %1).</source>
        <translation>다음 점검을 할 때입니다(%1부터).</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/reminder.py" line="211"/>
        <source>Next review: %1, the date you picked</source>
        <translation>다음 점검: %1 (직접 정한 날짜)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/reminder.py" line="213"/>
        <source>Next review: %1, when %2 begins</source>
        <translation>다음 점검: %1 (%2 시작)</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../src/moatdesk/ui/results_text.py" line="94"/>
        <source>Waits until early deployment and PMF hold: short-term proof comes first (essay, section 7).</source>
        <translation>초기 배포와 PMF가 유지될 때까지 기다립니다. 단기 증명이 먼저입니다(에세이 7절).</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_text.py" line="105"/>
        <source>You wrote:</source>
        <translation>우리가 적은 내용:</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_text.py" line="117"/>
        <source>Nothing is urgent this quarter.</source>
        <translation>이번 분기에 급한 일은 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_text.py" line="125"/>
        <source>No other actions.</source>
        <translation>다른 실행 항목은 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="155"/>
        <source>Export &amp;PDF…</source>
        <translation>PDF 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="156"/>
        <source>Export PDF</source>
        <translation>PDF 내보내기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="157"/>
        <source>&amp;What if…</source>
        <translation>가정해 보기(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="158"/>
        <source>Moat scores and why</source>
        <translation>해자별 점수와 근거</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="159"/>
        <source>Risks and opportunities</source>
        <translation>위험과 기회</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="160"/>
        <source>Do first (next quarter)</source>
        <translation>먼저 할 일 (다음 분기)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="161"/>
        <source>Later: the rest of the roadmap</source>
        <translation>나중에 할 일: 로드맵의 나머지</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="166"/>
        <source>When it stops holding / answer given</source>
        <translation>유지되지 않는 시점 / 우리 답변</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="167"/>
        <source>Since the previous review</source>
        <translation>지난 점검 이후</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="164"/>
        <source>Meta-moat / answer</source>
        <translation>메타-해자 / 답변</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="165"/>
        <source>Score / points</source>
        <translation>점수 / 증감</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="170"/>
        <source>Moat scores</source>
        <translation>해자 점수</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="179"/>
        <source>This review is final. You can reopen it from the main window to amend it.</source>
        <translation>이 점검은 확정되었습니다. 고칠 것이 있으면 메인 창에서 다시 열어 수정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="222"/>
        <source>Answer these questions:</source>
        <translation>다음 질문에 답하세요:</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="227"/>
        <source>not answered</source>
        <translation>답하지 않음</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="233"/>
        <source>Speeds its decay (raised risks):</source>
        <translation>약화를 앞당김 (제기된 위험):</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="239"/>
        <source>Slows its decay (mechanisms):</source>
        <translation>약화를 늦춤 (작동하는 메커니즘):</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="274"/>
        <source>Too few of its questions are answered to say how it holds.</source>
        <translation>답한 질문이 너무 적어 얼마나 유지될지 말할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/results_view.py" line="285"/>
        <source>No risks or opportunities flagged.</source>
        <translation>표시된 위험이나 기회가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../src/moatdesk/ui/dialogs.py" line="160"/>
        <source>Results — MoatDesk</source>
        <translation>결과 — MoatDesk</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../src/moatdesk/ui/wizard/results_page.py" line="35"/>
        <source>Your meta-moat roadmap</source>
        <translation>메타-해자 로드맵</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../src/moatdesk/ui/wizard/review_page.py" line="102"/>
        <source>— not answered —</source>
        <translation>— 답하지 않음 —</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/review_page.py" line="103"/>
        <source>Re-confirm</source>
        <translation>재확인 필요</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/review_page.py" line="104"/>
        <source>Carried over from last quarter: check it still holds, or change it.</source>
        <translation>지난 분기에서 가져온 답변입니다. 지금도 맞는지 확인하거나 고치세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/review_page.py" line="128"/>
        <source>%1 not answered</source>
        <translation>%1개 답하지 않음</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/review_page.py" line="141"/>
        <source>Click an answer (or press Enter on it) to go back and change it. Finishing makes this quarter final; you can still reopen it from the main window to amend it.</source>
        <translation>답변을 클릭하거나 Enter 키를 누르면 그 질문으로 돌아가 고칠 수 있습니다. 점검을 마치면 이 분기가 확정되며, 확정한 뒤에도 메인 창에서 다시 열어 수정할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/moatdesk/ui/wizard/review_page.py" line="150"/>
        <source>%n questions are not answered.</source>
        <translation>
            <numerusform>%n개 질문에 답하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/moatdesk/ui/wizard/review_page.py" line="153"/>
        <source>%n carried-over answers are not re-confirmed yet (marked Re-confirm).</source>
        <translation>
            <numerusform>가져온 답변 %n개를 아직 다시 확인하지 않았습니다(&apos;재확인 필요&apos;로 표시).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/review_page.py" line="162"/>
        <source>Review your answers</source>
        <translation>답변 검토</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/review_page.py" line="164"/>
        <source>&amp;Finish review</source>
        <translation>점검 마치기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/review_page.py" line="168"/>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/review_page.py" line="169"/>
        <source>Your answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/review_page.py" line="170"/>
        <source>To check</source>
        <translation>확인할 것</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/review_page.py" line="173"/>
        <source>All answers</source>
        <translation>전체 답변</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message numerus="yes">
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="244"/>
        <source>%n questions are not answered.</source>
        <translation>
            <numerusform>%n개 질문에 답하지 않았습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../src/moatdesk/ui/wizard/section_page.py" line="113"/>
        <source>Section %1 of %2 · %3 of %4 answered</source>
        <translation>섹션 %1/%2 · 질문 %4개 중 %3개 답변</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/moatdesk/ui/dialogs.py" line="78"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/dialogs.py" line="79"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/dialogs.py" line="80"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/dialogs.py" line="81"/>
        <source>Data folder:</source>
        <translation>데이터 폴더:</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/dialogs.py" line="82"/>
        <source>Data folder</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/dialogs.py" line="83"/>
        <source>&amp;Open folder</source>
        <translation>폴더 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/dialogs.py" line="85"/>
        <source>To keep your data elsewhere, start MoatDesk with --data-dir or set MOATDESK_DATA_DIR.</source>
        <translation>데이터를 다른 곳에 두려면 --data-dir 옵션으로 MoatDesk를 실행하거나 MOATDESK_DATA_DIR 환경 변수를 설정하세요.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="52"/>
        <source>MoatDesk needs a folder it can write to for your profiles. Free some disk space or make the folder writable, or start MoatDesk with --data-dir and another folder.</source>
        <translation>MoatDesk에는 프로필을 기록할 수 있는 폴더가 필요합니다. 디스크 공간을 확보하거나 폴더에 쓰기 권한을 주세요. 또는 --data-dir로 다른 폴더를 지정해 MoatDesk를 시작하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="97"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>예상하지 못한 문제가 생겼습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="101"/>
        <source>Your profiles are saved as you go. The details were written to %1; include that file if you report the problem.</source>
        <translation>프로필은 입력하는 대로 저장됩니다. 자세한 내용은 %1에 기록했습니다. 문제를 알릴 때 이 파일을 함께 보내 주세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="109"/>
        <source>Your profiles are saved as you go. The details could not be written to a log file in the data folder.</source>
        <translation>프로필은 입력하는 대로 저장됩니다. 자세한 내용을 데이터 폴더의 로그 파일에 기록하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="123"/>
        <source>Another MoatDesk window (process %1) is already using the data folder
%2

Switch to that window, or close it and start MoatDesk again.</source>
        <translation>다른 MoatDesk 창(프로세스 %1)이 이미 이 데이터 폴더를 사용하고 있습니다:
%2

그 창으로 전환하거나, 그 창을 닫은 뒤 MoatDesk를 다시 실행하세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="200"/>
        <source>Taking today&apos;s backup…</source>
        <translation>오늘의 백업을 만들고 있습니다…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/opening_dialog.py" line="118"/>
        <source>Updating your profiles to this version of MoatDesk…</source>
        <translation>프로필을 이 버전의 MoatDesk에 맞게 업데이트하고 있습니다…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/opening_dialog.py" line="119"/>
        <source>A copy of the old file is kept in backups.</source>
        <translation>이전 파일의 사본은 백업 폴더에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/opening_dialog.py" line="122"/>
        <location filename="../src/moatdesk/ui/startup.py" line="212"/>
        <source>Checking the database…</source>
        <translation>데이터베이스를 점검하고 있습니다…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/opening_dialog.py" line="123"/>
        <source>An earlier check found damage in it, so MoatDesk reads all of it before opening your profiles.</source>
        <translation>이전 점검에서 손상이 발견되어, 프로필을 열기 전에 MoatDesk가 파일 전체를 읽어 확인합니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/opening_dialog.py" line="144"/>
        <source>Restoring the newest backup…</source>
        <translation>최신 백업을 복원하고 있습니다…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/opening_dialog.py" line="145"/>
        <source>The database it replaces is kept in the data folder.</source>
        <translation>교체되는 데이터베이스는 데이터 폴더에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/opening_dialog.py" line="50"/>
        <source>This cannot be stopped part-way and can take a minute or two with many profiles. Your profiles open as soon as it is done.</source>
        <translation>이 작업은 도중에 멈출 수 없으며, 프로필이 많으면 1~2분 걸릴 수 있습니다. 작업이 끝나는 대로 프로필이 열립니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/opening_dialog.py" line="58"/>
        <source>MoatDesk can be closed once this is done.</source>
        <translation>이 작업이 끝나야 MoatDesk를 닫을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="232"/>
        <source>Today&apos;s backup is taken.</source>
        <translation>오늘의 백업을 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="234"/>
        <source>The database is checked: no damage found.</source>
        <translation>데이터베이스를 점검했습니다. 손상된 곳이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="257"/>
        <source>MoatDesk found damage in its database: %1</source>
        <translation>MoatDesk가 데이터베이스에서 손상을 발견했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="261"/>
        <source>Your profiles stay open and what you save is still written to it. Today&apos;s backup was not taken, so the earlier backups stay as they were. Export the profiles you are working on as JSON to be safe; the next time MoatDesk starts, it offers to put back the newest backup.</source>
        <translation>프로필은 계속 열려 있고, 저장하는 내용도 그대로 기록됩니다. 오늘의 백업은 만들지 않았으므로 이전 백업은 그대로 남아 있습니다. 안전을 위해 작업 중인 프로필을 JSON으로 내보내 두세요. 다음에 MoatDesk를 시작하면 가장 최근 백업을 복원할지 묻습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="274"/>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation>오늘의 백업을 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="277"/>
        <source>Your profiles are safe and open normally. To have today&apos;s backup taken, free some disk space or make the data folder writable.</source>
        <translation>프로필은 안전하며 평소처럼 열립니다. 오늘의 백업을 만들려면 디스크 공간을 확보하거나 데이터 폴더에 쓰기 권한을 주세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="289"/>
        <source>MoatDesk can put back the newest backup of your profiles (taken daily). Changes made after that backup are lost.</source>
        <translation>MoatDesk가 매일 만들어 두는 프로필 백업 중 가장 최근 것을 되살릴 수 있습니다. 그 백업 이후의 변경 내용은 사라집니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="296"/>
        <source>Restore newest backup</source>
        <translation>최신 백업 복원</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="298"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="308"/>
        <source>Your profiles were restored from the backup
%1</source>
        <translation>다음 백업에서 프로필을 복원했습니다.
%1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="313"/>
        <source>The database it replaced is kept at
%1
Keep it until you are sure nothing in it is missing.</source>
        <translation>교체된 데이터베이스는 다음 위치에 보관했습니다.
%1
빠진 내용이 없다고 확인할 때까지 지우지 마세요.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="340"/>
        <source>Work to recover</source>
        <translation>복구할 작업</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/startup.py" line="342"/>
        <source>MoatDesk did not close properly last time. There is work to recover from %1: the draft review of “%2”.

Continue that draft now?</source>
        <translation>지난번에 MoatDesk가 정상적으로 종료되지 않았습니다. %1에 저장된 복구할 작업이 있습니다: “%2”의 작성 중인 점검.

지금 이어서 할까요?</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../src/moatdesk/ui/dialogs.py" line="120"/>
        <source>%1 — deleted %2, kept until %3</source>
        <translation>%1 — %2에 삭제, %3까지 보관</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/dialogs.py" line="140"/>
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/dialogs.py" line="141"/>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/dialogs.py" line="142"/>
        <source>The trash is empty.</source>
        <translation>휴지통이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/dialogs.py" line="143"/>
        <source>Deleted profiles</source>
        <translation>삭제한 프로필</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../src/moatdesk/ui/toast.py" line="58"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/toast.py" line="59"/>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="110"/>
        <source>Stage</source>
        <translation>투자 단계</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="111"/>
        <source>Team size</source>
        <translation>팀 규모</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="112"/>
        <source>Runway (months)</source>
        <translation>런웨이(개월)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="113"/>
        <source>Stack position</source>
        <translation>AI 스택에서의 위치</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="114"/>
        <source>Sector</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="136"/>
        <source>%1: %2 → %3 moves the earliest stop %4 (all moats: %5)</source>
        <translation>%1: %2 → %3 — 가장 이른 유지 종료 %4, 전체 해자 %5</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="322"/>
        <source>Start from a scenario:</source>
        <translation>시나리오에서 시작:</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="324"/>
        <source>Change an answer</source>
        <translation>답 바꾸기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="330"/>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="331"/>
        <source>Change a company basic</source>
        <translation>회사 기본 정보 바꾸기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="337"/>
        <source>What this what-if changes:</source>
        <translation>이 가정이 바꾸는 것:</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="338"/>
        <source>&amp;Remove my change</source>
        <translation>내 변경 삭제(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="339"/>
        <source>Re&amp;set</source>
        <translation>초기화(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="340"/>
        <source>Sa&amp;ve scenario…</source>
        <translation>시나리오 저장(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="341"/>
        <source>Start next quarter&apos;s &amp;draft from this…</source>
        <translation>이 가정으로 다음 분기 점검 시작(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="342"/>
        <source>Export &amp;PDF with scenarios…</source>
        <translation>시나리오를 넣어 PDF 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="345"/>
        <source>Meta-moat</source>
        <translation>메타-해자</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="346"/>
        <source>Score now</source>
        <translation>현재 점수</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="347"/>
        <source>Score if</source>
        <translation>가정 점수</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="348"/>
        <source>Stops now</source>
        <translation>현재 유지 종료</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="349"/>
        <source>Stops if</source>
        <translation>가정 시 유지 종료</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="350"/>
        <source>Moved</source>
        <translation>변화</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="353"/>
        <source>Your highest-leverage answers</source>
        <translation>가장 영향이 큰 답</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="366"/>
        <source>None: only my own changes</source>
        <translation>없음: 직접 바꾼 값만</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="370"/>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="717"/>
        <source>Saved: %1</source>
        <translation>저장됨: %1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="495"/>
        <source>What if</source>
        <translation>가정</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="515"/>
        <source>Earliest stop: %1 now, %2 with this what-if (%3)</source>
        <translation>가장 이른 유지 종료: 현재 %1, 이 가정에서는 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="539"/>
        <source>Your change</source>
        <translation>직접 바꾼 값</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="541"/>
        <source>Nothing changed yet.</source>
        <translation>아직 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="580"/>
        <source>Raised: %1 (%2)</source>
        <translation>새로 생김: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="582"/>
        <source>Cleared: %1</source>
        <translation>사라짐: %1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="586"/>
        <source>Severity of %1: %2 → %3</source>
        <translation>%1의 심각도: %2 → %3</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="596"/>
        <source>New do-first: %1</source>
        <translation>새로 먼저 할 일: %1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="604"/>
        <source>No longer do-first: %1</source>
        <translation>더는 먼저 할 일이 아님: %1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="609"/>
        <source>No flag or do-first action changes.</source>
        <translation>위험·기회와 먼저 할 실행 항목에는 변화가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="642"/>
        <source>Trying every one-step change…</source>
        <translation>한 단계 변경을 모두 시험하는 중입니다…</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="647"/>
        <source>Of %1 one-step changes to this review&apos;s answers, these move the earliest stop quarter (now %2) the most:</source>
        <translation>이 점검의 답을 한 단계씩 바꾼 %1가지 가운데, 가장 이른 유지 종료 분기(현재 %2)를 가장 크게 움직이는 답입니다:</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="656"/>
        <source>No one-step change to an answer moves any stop quarter.</source>
        <translation>답을 한 단계 바꿔도 유지 종료 분기가 움직이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="662"/>
        <source>Try it</source>
        <translation>적용해 보기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="683"/>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="697"/>
        <source>Save scenario</source>
        <translation>시나리오 저장</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="684"/>
        <source>Name of this scenario:</source>
        <translation>시나리오 이름:</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="712"/>
        <source>This what-if (not saved)</source>
        <translation>이 가정(저장 안 됨)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="746"/>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="762"/>
        <source>Start next quarter&apos;s draft</source>
        <translation>다음 분기 점검 시작</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="747"/>
        <source>Start next quarter&apos;s review as a draft with this what-if&apos;s answers and basics? This review stays as it is.</source>
        <translation>이 가정의 답과 기본 정보로 다음 분기 점검을 작성 중 상태로 시작할까요? 이번 점검은 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="774"/>
        <source>Scenarios for the PDF</source>
        <translation>PDF에 넣을 시나리오</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="782"/>
        <source>The PDF gets a scenarios page with the ones you tick, each beside this review, and the highest-leverage answers.</source>
        <translation>선택한 시나리오를 이번 점검과 나란히 보여 주는 시나리오 쪽과 가장 영향이 큰 답이 PDF에 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/whatif_panel.py" line="841"/>
        <source>What if — %1 · %2 — MoatDesk</source>
        <translation>가정 — %1 · %2 — MoatDesk</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="200"/>
        <source>Company basics</source>
        <translation>회사 기본 정보</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="222"/>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="256"/>
        <source>Finish review</source>
        <translation>점검 마치기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="236"/>
        <source>%1: %2 not answered</source>
        <translation>%1: %2개 답하지 않음</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="246"/>
        <source>A moat fed mostly by unanswered questions is shown as not assessed. Finish the review anyway? You can still reopen a final review from the main window to amend it.</source>
        <translation>답하지 않은 질문이 대부분인 해자는 &apos;평가되지 않음&apos;으로 표시됩니다. 그래도 점검을 마치시겠습니까? 확정한 점검도 메인 창에서 다시 열어 수정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="259"/>
        <source>&amp;Finish anyway</source>
        <translation>그래도 마치기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="260"/>
        <source>&amp;Keep answering</source>
        <translation>계속 답하기(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="377"/>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="380"/>
        <source>Draft saved at %1</source>
        <translation>%1에 임시 저장됨</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="456"/>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="480"/>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="503"/>
        <source>New profile</source>
        <translation>새 프로필</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="459"/>
        <source>Keep the new profile “%1” as a draft to finish later, or discard it?</source>
        <translation>새 프로필 “%1”: 작성 중으로 저장해 두고 나중에 마치시겠습니까, 아니면 버리시겠습니까?</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="505"/>
        <source>%1 review (backfilled) · %2 — MoatDesk</source>
        <translation>%1 점검 (소급 기록) · %2 — MoatDesk</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="507"/>
        <source>%1 review · %2 — MoatDesk</source>
        <translation>%1 점검 · %2 — MoatDesk</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="512"/>
        <source>Save and close</source>
        <translation>저장하고 닫기</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="513"/>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="514"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 이전(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="515"/>
        <source>&amp;Done</source>
        <translation>완료(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="517"/>
        <source>Back to &amp;review</source>
        <translation>검토로 돌아가기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="520"/>
        <source>Next (Alt+Right)</source>
        <translation>다음 (Alt+→)</translation>
    </message>
    <message>
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="523"/>
        <source>Back (Alt+Left)</source>
        <translation>이전 (Alt+←)</translation>
    </message>
</context>
</TS>
