<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Book</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日文</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩文</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>日志本</translation>
    </message>
    <message>
        <source>Journal %1</source>
        <translation>日志本 %1</translation>
    </message>
    <message>
        <source>Journal %1–%2</source>
        <translation>日志本 %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 篇日记</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Waypoint on %1</source>
        <translation>%1 由 Waypoint 导出</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1：无法创建该文件夹</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>The pieces of the PDF could not be joined: %1</source>
        <translation>无法将 PDF 的各部分合并：%1</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>unknown command &apos;%1&apos; (see &apos;waypoint --help&apos;)</source>
        <translation>未知命令“%1”（参见“waypoint --help”）</translation>
    </message>
    <message>
        <source>The journal file.</source>
        <translation>日志本文件。</translation>
    </message>
    <message>
        <source>Interface language.</source>
        <translation>界面语言。</translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>显示此命令的选项。</translation>
    </message>
    <message>
        <source>Add an entry and print its id.</source>
        <translation>添加一篇日记并输出其 ID。</translation>
    </message>
    <message>
        <source>The entry&apos;s date (default: today).</source>
        <translation>日记的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>The title (default: the first heading).</source>
        <translation>标题（默认：正文中的第一个标题）。</translation>
    </message>
    <message>
        <source>A tag; may be repeated.</source>
        <translation>标签；可多次指定。</translation>
    </message>
    <message>
        <source>Read the Markdown body from a file, or - for standard input.</source>
        <translation>从文件读取 Markdown 正文；用 - 表示从标准输入读取。</translation>
    </message>
    <message>
        <source>The body, when no --file is given.</source>
        <translation>正文（未指定 --file 时使用）。</translation>
    </message>
    <message>
        <source>invalid date &apos;%1&apos;: expected YYYY-MM-DD</source>
        <translation>无效的日期“%1”：应为 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>give the body as TEXT or with --file, not both</source>
        <translation>正文请用 TEXT 或 --file 之一给出，不能同时使用</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; nothing was added</source>
        <translation>%1 不是 UTF-8 文本；未添加任何内容</translation>
    </message>
    <message>
        <source>nothing to add: give TEXT, --file or --title</source>
        <translation>没有可添加的内容：请提供 TEXT、--file 或 --title</translation>
    </message>
    <message>
        <source>cannot add the entry to %1: %2</source>
        <translation>无法将日记添加到 %1：%2</translation>
    </message>
    <message>
        <source>List entries, newest first.</source>
        <translation>列出日记，最新的在前。</translation>
    </message>
    <message>
        <source>Only entries on or after this date.</source>
        <translation>只列出该日期当天及之后的日记。</translation>
    </message>
    <message>
        <source>Only entries on or before this date.</source>
        <translation>只列出该日期当天及之前的日记。</translation>
    </message>
    <message>
        <source>Only entries with this tag.</source>
        <translation>只列出带有该标签的日记。</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>输出为一个 JSON 数组。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Print one entry.</source>
        <translation>输出一篇日记。</translation>
    </message>
    <message>
        <source>markdown (default), html or json.</source>
        <translation>markdown（默认）、html 或 json。</translation>
    </message>
    <message>
        <source>The entry&apos;s id or a unique prefix of it.</source>
        <translation>日记的 ID 或其唯一前缀。</translation>
    </message>
    <message>
        <source>show takes exactly one ID</source>
        <translation>show 命令需要且只接受一个 ID</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use markdown, html or json</source>
        <translation>未知格式“%1”：请使用 markdown、html 或 json</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several entries; give more of the id</source>
        <translation>“%1”匹配到多篇日记；请提供更长的 ID</translation>
    </message>
    <message>
        <source>no entry with id &apos;%1&apos; in %2</source>
        <translation>%2 中没有 ID 为“%1”的日记</translation>
    </message>
    <message>
        <source>Building the search index: %1 of %2 entries</source>
        <translation>正在建立搜索索引：%1 / %2 篇日记</translation>
    </message>
    <message>
        <source>Search the journal, best match first.</source>
        <translation>搜索日志本，最匹配的在前。</translation>
    </message>
    <message>
        <source>Print at most N entries (default: all).</source>
        <translation>最多输出 N 篇日记（默认：全部）。</translation>
    </message>
    <message>
        <source>Words to find; &quot;a phrase&quot;, OR, -word, tag:T, from:D, to:D and title:W are understood.</source>
        <translation>要查找的词；支持 &quot;短语&quot;、OR、-排除词、tag:标签、from:日期、to:日期 和 title:标题词。</translation>
    </message>
    <message>
        <source>search needs a QUERY</source>
        <translation>search 需要一个 QUERY</translation>
    </message>
    <message>
        <source>invalid limit &apos;%1&apos;: expected a number of entries</source>
        <translation>无效的数量“%1”：应为日记的篇数</translation>
    </message>
    <message>
        <source>cannot search %1: %2</source>
        <translation>无法搜索 %1：%2</translation>
    </message>
    <message>
        <source>Rebuild the search index from the entries.</source>
        <translation>根据日记重建搜索索引。</translation>
    </message>
    <message>
        <source>cannot rebuild the search index of %1: %2</source>
        <translation>无法重建 %1 的搜索索引：%2</translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n entries.</source>
        <translation>
            <numerusform>已为 %n 篇日记建立索引。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a Hugo, Jekyll or Hexo blog, a folder of Markdown files, or one file. Importing the same folder again only brings in what changed.</source>
        <translation>导入 Hugo、Jekyll 或 Hexo 博客、Markdown 文件夹或单个文件。再次导入同一文件夹时，只带入有变化的博文。</translation>
    </message>
    <message>
        <source>The site folder, folder or file.</source>
        <translation>站点文件夹、普通文件夹或文件。</translation>
    </message>
    <message>
        <source>Show what would be imported; change nothing.</source>
        <translation>只显示将要导入的内容，不做任何改动。</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>以一个 JSON 对象输出报告。</translation>
    </message>
    <message>
        <source>import needs a PATH</source>
        <translation>import 需要一个 PATH</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 posts</source>
        <translation>正在导入：%1 / %2 篇博文</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（依据 %2）</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>no date written; the file&apos;s time was used (%1)</source>
        <translation>未写日期；已使用文件时间（%1）</translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation>找不到图片：%1</translation>
    </message>
    <message>
        <source>Write entries as Markdown posts with front matter.</source>
        <translation>把日记写成带前言的 Markdown 博文。</translation>
    </message>
    <message>
        <source>The folder to write to.</source>
        <translation>要写入的文件夹。</translation>
    </message>
    <message>
        <source>Only this entry; may be repeated.</source>
        <translation>只导出这篇日记；可多次指定。</translation>
    </message>
    <message>
        <source>Print what was written as one JSON object.</source>
        <translation>以一个 JSON 对象输出写入的内容。</translation>
    </message>
    <message>
        <source>export needs --output DIR</source>
        <translation>export 需要 --output DIR</translation>
    </message>
    <message>
        <source>A new Hugo site was made there: run &apos;hugo&apos; in it to build the pages.</source>
        <translation>已在该处新建 Hugo 站点：在其中运行“hugo”即可生成网页。</translation>
    </message>
    <message>
        <source>A new Jekyll site was made there: run &apos;jekyll build&apos; in it to build the pages.</source>
        <translation>已在该处新建 Jekyll 站点：在其中运行“jekyll build”即可生成网页。</translation>
    </message>
    <message>
        <source>Exported %1 entries and %2 images to %3.</source>
        <translation>已将 %1 篇日记和 %2 张图片导出到 %3。</translation>
    </message>
    <message>
        <source>%1: posts found: %2</source>
        <translation>%1：找到博文 %2 篇</translation>
    </message>
    <message>
        <source>Would import %1, update %2; %3 unchanged, %4 skipped, %5 failed; %6 new images.</source>
        <translation>将导入 %1 篇、更新 %2 篇；%3 篇无变化，%4 篇跳过，%5 篇失败；新图片 %6 张。</translation>
    </message>
    <message>
        <source>Imported %1, updated %2; %3 unchanged, %4 skipped, %5 failed; %6 new images stored.</source>
        <translation>已导入 %1 篇、更新 %2 篇；%3 篇无变化，%4 篇跳过，%5 篇失败；已保存新图片 %6 张。</translation>
    </message>
    <message>
        <source>shortcodes or template tags left as written: %1</source>
        <translation>按原样保留的短代码或模板标签：%1 个</translation>
    </message>
    <message>
        <source>markdown, hugo or jekyll (html and pdf: see &apos;export --format pdf --help&apos;).</source>
        <translation>markdown、hugo 或 jekyll（html 和 pdf：参见“export --format pdf --help”）。</translation>
    </message>
    <message>
        <source>export needs --format html, pdf, markdown, hugo or jekyll</source>
        <translation>export 需要 --format html、pdf、markdown、hugo 或 jekyll</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: expected html, pdf, markdown, hugo or jekyll</source>
        <translation>未知格式“%1”：应为 html、pdf、markdown、hugo 或 jekyll</translation>
    </message>
    <message>
        <source>Write entries as one PDF or HTML document that reads like the preview: a title page and contents when there are several, each entry on a page of its own.</source>
        <translation>把日记写成一份与预览一致的 PDF 或 HTML 文档：多篇日记时带扉页和目录，每篇日记从新的一页开始。</translation>
    </message>
    <message>
        <source>pdf or html.</source>
        <translation>pdf 或 html。</translation>
    </message>
    <message>
        <source>The file to write (with --folder, the folder).</source>
        <translation>要写入的文件（使用 --folder 时为文件夹）。</translation>
    </message>
    <message>
        <source>PDF page size: A4 (default) or Letter.</source>
        <translation>PDF 纸张大小：A4（默认）或 Letter。</translation>
    </message>
    <message>
        <source>PDF page margins in millimetres (default 18).</source>
        <translation>PDF 页边距，单位毫米（默认 18）。</translation>
    </message>
    <message>
        <source>No title page and table of contents.</source>
        <translation>不要扉页和目录。</translation>
    </message>
    <message>
        <source>The title page&apos;s title (default: from the dates).</source>
        <translation>扉页上的标题（默认：根据日期生成）。</translation>
    </message>
    <message>
        <source>The dark theme instead of the light one.</source>
        <translation>使用深色主题而不是浅色主题。</translation>
    </message>
    <message>
        <source>HTML: a folder with index.html and assets/ instead of one file.</source>
        <translation>HTML：写成含 index.html 和 assets/ 的文件夹，而不是单个文件。</translation>
    </message>
    <message>
        <source>Show images from the web (PDF: fetched now; HTML: linked).</source>
        <translation>显示网络图片（PDF：导出时获取；HTML：保留链接）。</translation>
    </message>
    <message>
        <source>--folder goes with --format html</source>
        <translation>--folder 须与 --format html 一起使用</translation>
    </message>
    <message>
        <source>export needs --output PATH</source>
        <translation>export 需要 --output PATH</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos;: use A4 or Letter</source>
        <translation>未知纸张大小“%1”：请使用 A4 或 Letter</translation>
    </message>
    <message>
        <source>--margin takes millimetres from 0 to 60</source>
        <translation>--margin 的取值为 0 到 60 毫米</translation>
    </message>
    <message>
        <source>Laying out: %1 of %2 entries</source>
        <translation>正在排版：%1 / %2 篇日记</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1 (%2 pages).</source>
        <translation>
            <numerusform>已将 %n 篇日记导出到 %1（共 %2 页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已将 %n 篇日记导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing: part %1 of %2</source>
        <translation>正在生成：第 %1 部分（共 %2 部分）</translation>
    </message>
    <message>
        <source>reading needs a command: list, add, log, scan, import, export or year (see &apos;waypoint reading help&apos;)</source>
        <translation>reading 需要一个命令：list、add、log、scan、import、export 或 year（参见“waypoint reading help”）</translation>
    </message>
    <message>
        <source>Usage: waypoint reading list|add|log|scan|import|export|year …
  list [--json]                       the reading list
  add TITLE [--author A] [--kind K] [--unit U --total N]
                                      put an item on the list
  log ITEM VALUE [--date D]           record progress (120, 45% or 7/13)
  scan [--apply] [--json]             what the journal&apos;s entries say
  import FILE.csv | export FILE.csv   Goodreads&apos; CSV layout
  year [YEAR] [--goal N] [--json]     books finished and pages read
</source>
        <translation>用法：waypoint reading list|add|log|scan|import|export|year …
  list [--json]                       阅读清单
  add TITLE [--author A] [--kind K] [--unit U --total N]
                                      把一项加入阅读清单
  log ITEM VALUE [--date D]           记录进度（120、45% 或 7/13）
  scan [--apply] [--json]             日记里写下的进度
  import FILE.csv | export FILE.csv   Goodreads 的 CSV 格式
  year [YEAR] [--goal N] [--json]     读完的书和读过的页数
</translation>
    </message>
    <message>
        <source>unknown reading command &apos;%1&apos; (see &apos;waypoint reading help&apos;)</source>
        <translation>未知的 reading 命令“%1”（参见“waypoint reading help”）</translation>
    </message>
    <message>
        <source>List the reading list, in the order items were added.</source>
        <translation>列出阅读清单，按加入的先后排列。</translation>
    </message>
    <message>
        <source>Only items with this status: want, reading, finished or abandoned.</source>
        <translation>只列出该状态的条目：want（想读）、reading（在读）、finished（读完）或 abandoned（弃读）。</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;: want, reading, finished or abandoned</source>
        <translation>未知状态“%1”：应为 want、reading、finished 或 abandoned</translation>
    </message>
    <message>
        <source>Put a book, course, article or video on the reading list and print its id.</source>
        <translation>把一本书籍、一门课程、一篇文章或一个视频加入阅读清单，并输出其 ID。</translation>
    </message>
    <message>
        <source>Its title.</source>
        <translation>标题。</translation>
    </message>
    <message>
        <source>Who wrote it.</source>
        <translation>作者。</translation>
    </message>
    <message>
        <source>book (default), course, article or video.</source>
        <translation>book（书籍，默认）、course（课程）、article（文章）或 video（视频）。</translation>
    </message>
    <message>
        <source>What progress counts: page (default), chapter, percent or lesson.</source>
        <translation>进度的单位：page（页，默认）、chapter（章）、percent（百分比）或 lesson（课）。</translation>
    </message>
    <message>
        <source>How many of the unit there are.</source>
        <translation>该单位的总数。</translation>
    </message>
    <message>
        <source>reading add takes one TITLE (quote a title with spaces)</source>
        <translation>reading add 需要一个 TITLE（含空格的标题请加引号）</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;: book, course, article or video</source>
        <translation>未知类型“%1”：应为 book、course、article 或 video</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;: page, chapter, percent or lesson</source>
        <translation>未知单位“%1”：应为 page、chapter、percent 或 lesson</translation>
    </message>
    <message>
        <source>--total needs a positive number, not &apos;%1&apos;</source>
        <translation>--total 需要一个正数，而不是“%1”</translation>
    </message>
    <message>
        <source>Record progress on an item: a count in its unit (120), a percentage (45%) or a count out of a total (7/13). Reaching the total marks it finished.</source>
        <translation>记录某一项的进度：按其单位的数量（120）、百分比（45%）或“已读/总数”（7/13）。达到总数即标记为读完。</translation>
    </message>
    <message>
        <source>The item&apos;s id or title.</source>
        <translation>条目的 ID 或标题。</translation>
    </message>
    <message>
        <source>How far you are.</source>
        <translation>当前进度。</translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation>日期（默认：今天）。</translation>
    </message>
    <message>
        <source>reading log takes ITEM and VALUE</source>
        <translation>reading log 需要 ITEM 和 VALUE</translation>
    </message>
    <message>
        <source>invalid progress &apos;%1&apos;: expected 120, 45% or 7/13</source>
        <translation>无效的进度“%1”：应为 120、45% 或 7/13 这样的形式</translation>
    </message>
    <message>
        <source>Find reading progress written in the entries (&quot;《书名》- 进度 68/288&quot;, &quot;Title - 14.3%&quot;, &quot;读完了《…》&quot;), and what each line is matched to.</source>
        <translation>找出日记中写下的阅读进度（“《书名》- 进度 68/288”“Title - 14.3%”“读完了《…》”），以及每一行对应的条目。</translation>
    </message>
    <message>
        <source>Apply every pending suggestion, creating the items it needs.</source>
        <translation>采用所有待确认的建议，并创建所需的条目。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出为一个 JSON 对象。</translation>
    </message>
    <message>
        <source>cannot scan %1: %2</source>
        <translation>无法扫描 %1：%2</translation>
    </message>
    <message>
        <source>new: %1, %2</source>
        <translation>新条目：%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n progress line(s) found</source>
        <translation>
            <numerusform>找到 %n 行进度记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n applied</source>
        <translation>
            <numerusform>，已采用 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting</source>
        <translation>
            <numerusform>，%n 行待确认</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the books of a Goodreads export (CSV) to the reading list; books on it already take the file&apos;s shelf, rating, dates and notes.</source>
        <translation>把 Goodreads 导出文件（CSV）中的书加入阅读清单；已在清单上的书采用文件中的书架、评分、日期和笔记。</translation>
    </message>
    <message>
        <source>Write the reading list as CSV in Goodreads&apos; layout.</source>
        <translation>按 Goodreads 的格式把阅读清单写成 CSV。</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV 文件。</translation>
    </message>
    <message>
        <source>Print what was done as one JSON object.</source>
        <translation>以一个 JSON 对象输出处理结果。</translation>
    </message>
    <message>
        <source>%1 takes one FILE.csv</source>
        <translation>%1 需要一个 FILE.csv</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1  %2 {1:?}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added</source>
        <translation>
            <numerusform>新增 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>，更新 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>，%n 项无变化</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 项写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>A year&apos;s reading: books finished, pages read, and the goal for the year.</source>
        <translation>一年的阅读：读完的书、读过的页数，以及当年的目标。</translation>
    </message>
    <message>
        <source>The year (default: this one).</source>
        <translation>年份（默认：今年）。</translation>
    </message>
    <message>
        <source>Set the number of books to finish that year (0 removes the goal).</source>
        <translation>设置当年要读完的书数（0 表示取消目标）。</translation>
    </message>
    <message>
        <source>reading year takes one YEAR, such as 2026</source>
        <translation>reading year 需要一个年份，例如 2026</translation>
    </message>
    <message>
        <source>--goal needs a number of books, not &apos;%1&apos;</source>
        <translation>--goal 需要书的数量，而不是“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n book(s) finished</source>
        <translation>
            <numerusform>%1 年：读完 %n 本书</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation>（目标 %1 本）</translation>
    </message>
    <message numerus="yes">
        <source>, %n other item(s)</source>
        <translation>
            <numerusform>，其他 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s) read</source>
        <translation>
            <numerusform>，读了 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown goals command &apos;%1&apos; (see &apos;waypoint goals help&apos;)</source>
        <translation>未知的 goals 命令“%1”（参见“waypoint goals help”）</translation>
    </message>
    <message>
        <source>List the goal plans with their areas, goals and reviews.</source>
        <translation>列出目标规划及其方向、目标和复盘。</translation>
    </message>
    <message>
        <source>%1  %2 – %3  (%4% of the time passed)
</source>
        <translation>%1  %2 – %3（时间已过 %4%）
</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 篇日记</numerusform>
        </translation>
    </message>
    <message>
        <source>  reviewed %1: %2
</source>
        <translation>  复盘 %1：%2
</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Start a goal plan and print its id.</source>
        <translation>新建一个目标规划，并输出其 ID。</translation>
    </message>
    <message>
        <source>The plan&apos;s title.</source>
        <translation>规划的标题。</translation>
    </message>
    <message>
        <source>The day it starts.</source>
        <translation>开始日期。</translation>
    </message>
    <message>
        <source>How many years it spans (default 3).</source>
        <translation>为期几年（默认 3 年）。</translation>
    </message>
    <message>
        <source>goals add-plan takes one TITLE</source>
        <translation>goals add-plan 需要一个 TITLE</translation>
    </message>
    <message>
        <source>goals add-plan needs --from YYYY-MM-DD</source>
        <translation>goals add-plan 需要 --from YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--years takes 1 to 20</source>
        <translation>--years 的取值为 1 到 20</translation>
    </message>
    <message>
        <source>Add a goal to an area of a plan (the area is made if needed) and print its tag.</source>
        <translation>在规划的某个方向下添加目标（方向不存在时会新建），并输出它的标签。</translation>
    </message>
    <message>
        <source>The plan&apos;s id or title.</source>
        <translation>规划的 ID 或标题。</translation>
    </message>
    <message>
        <source>The area, such as 开发.</source>
        <translation>方向，例如“开发”。</translation>
    </message>
    <message>
        <source>The goal.</source>
        <translation>目标。</translation>
    </message>
    <message>
        <source>Its short name, for #goal/NAME (default: from the title).</source>
        <translation>目标的短名，用于 #goal/NAME（默认：由标题生成）。</translation>
    </message>
    <message>
        <source>A number to reach.</source>
        <translation>要达到的数值。</translation>
    </message>
    <message>
        <source>What the number counts.</source>
        <translation>数值的单位。</translation>
    </message>
    <message>
        <source>goals add takes PLAN, AREA and TITLE</source>
        <translation>goals add 需要 PLAN、AREA 和 TITLE</translation>
    </message>
    <message>
        <source>--target needs a positive number, not &apos;%1&apos;</source>
        <translation>--target 需要一个正数，而不是“%1”</translation>
    </message>
    <message>
        <source>Link an entry to a goal as evidence: its tag, #goal/NAME, is added to the entry&apos;s text (removing the tag unlinks it).</source>
        <translation>把一篇日记关联为目标的记录：在日记正文中加入目标的标签 #goal/NAME（删除标签即取消关联）。</translation>
    </message>
    <message>
        <source>The goal&apos;s id or short name.</source>
        <translation>目标的 ID 或短名。</translation>
    </message>
    <message>
        <source>The entry&apos;s id or a unique prefix.</source>
        <translation>日记的 ID 或其唯一前缀。</translation>
    </message>
    <message>
        <source>goals link takes GOAL and ENTRY</source>
        <translation>goals link 需要 GOAL 和 ENTRY</translation>
    </message>
    <message numerus="yes">
        <source>%1 is linked to “%2” (%n entries).</source>
        <translation>
            <numerusform>%1 已关联到“%2”（共 %n 篇记录）。</numerusform>
        </translation>
    </message>
    <message>
        <source>End a plan; with --next, start the next one the day after, with the same areas and every goal still open.</source>
        <translation>结束一个规划；使用 --next 时，在次日开始下一个规划，沿用相同的方向和所有未完成的目标。</translation>
    </message>
    <message>
        <source>The day it ends (default: today).</source>
        <translation>结束日期（默认：今天）。</translation>
    </message>
    <message>
        <source>The next plan&apos;s title.</source>
        <translation>下一个规划的标题。</translation>
    </message>
    <message>
        <source>goals end takes one PLAN</source>
        <translation>goals end 需要一个 PLAN</translation>
    </message>
    <message>
        <source>Draft a year-end summary from the journal: writing, reading, goals, on this day.</source>
        <translation>根据日志本起草年度总结：写作、阅读、目标、历史上的今天。</translation>
    </message>
    <message>
        <source>The year, such as 2026.</source>
        <translation>年份，例如 2026。</translation>
    </message>
    <message>
        <source>Save the draft as a new entry (with its heatmap image) and print its id.</source>
        <translation>把草稿保存为一篇新日记（连同热力图），并输出其 ID。</translation>
    </message>
    <message>
        <source>Print the figures as one JSON object.</source>
        <translation>以一个 JSON 对象输出各项数字。</translation>
    </message>
    <message>
        <source>review takes one YEAR, such as 2026</source>
        <translation>review 需要一个年份，例如 2026</translation>
    </message>
    <message>
        <source>Draft a review of a plan: per area 成长, 不足 and 下一步, each goal with its evidence and a score to fill in (&quot;score: 70&quot; or &quot;评分：70&quot;), and the plan&apos;s overall score.</source>
        <translation>起草一个规划的复盘：每个方向的成长、不足和下一步，每个目标附上记录数和待填的评分（“score: 70”或“评分：70”），以及规划的总评分。</translation>
    </message>
    <message>
        <source>The review&apos;s day (default: today).</source>
        <translation>复盘的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Save it as a new entry and print its id.</source>
        <translation>保存为一篇新日记，并输出其 ID。</translation>
    </message>
    <message>
        <source>goals review takes one PLAN</source>
        <translation>goals review 需要一个 PLAN</translation>
    </message>
    <message>
        <source>goals needs a command: list, add-plan, add, link, set, end or review (see &apos;waypoint goals help&apos;)</source>
        <translation>goals 需要一个命令：list、add-plan、add、link、set、end 或 review（参见“waypoint goals help”）</translation>
    </message>
    <message>
        <source>Usage: waypoint goals list|add-plan|add|link|set|end|review …
  list [--json]                          plans, areas, goals, reviews
  add-plan TITLE --from D [--years N]    a plan of N years (default 3)
  add PLAN AREA TITLE [--tag NAME] [--target N --unit U]
                                         a goal; link entries with #goal/NAME
  link GOAL ENTRY                        write #goal/NAME into the entry
  end PLAN [--date D] [--next TITLE]     end a plan, carrying over what is open
  review PLAN [--date D] [--save]        draft a review (scores go in its text)
  set GOAL [--current N] [--target N] [--status open|done|dropped]
                                         how far a goal is
A review is an entry: &apos;waypoint goals list&apos; shows their scores.
</source>
        <translation>用法：waypoint goals list|add-plan|add|link|set|end|review …
  list [--json]                          规划、方向、目标和复盘
  add-plan TITLE --from D [--years N]    为期 N 年的规划（默认 3 年）
  add PLAN AREA TITLE [--tag NAME] [--target N --unit U]
                                         添加目标；日记用 #goal/NAME 关联
  link GOAL ENTRY                        把 #goal/NAME 写进这篇日记
  end PLAN [--date D] [--next TITLE]     结束规划，把未完成的目标带到下一个
  review PLAN [--date D] [--save]        起草复盘（评分写在正文中）
  set GOAL [--current N] [--target N] [--status open|done|dropped]
                                         目标进展到哪里
复盘也是一篇日记：“waypoint goals list”会列出复盘的评分。
</translation>
    </message>
    <message>
        <source>Say how far a goal is: the number reached, the target, or its status.</source>
        <translation>说明目标进展到哪里：已达到的数值、目标值或状态。</translation>
    </message>
    <message>
        <source>The number reached so far.</source>
        <translation>目前达到的数值。</translation>
    </message>
    <message>
        <source>open, done or dropped.</source>
        <translation>open（进行中）、done（已完成）或 dropped（已放弃）。</translation>
    </message>
    <message>
        <source>goals set takes one GOAL</source>
        <translation>goals set 需要一个 GOAL</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;: open, done or dropped</source>
        <translation>未知状态“%1”：应为 open、done 或 dropped</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &apos;%2&apos;</source>
        <translation>--%1 需要一个数，而不是“%2”</translation>
    </message>
    <message>
        <source>goals set needs --current, --target or --status</source>
        <translation>goals set 需要 --current、--target 或 --status</translation>
    </message>
    <message>
        <source>--journal needs the path of a journal file</source>
        <translation>--journal 需要一个日志本文件的路径</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an entry id: give the id or at least its first 4 characters, as &apos;waypoint list&apos; shows them</source>
        <translation>“%1”不是日记 ID：请给出完整 ID，或至少前 4 个字符（与“waypoint list”显示的一致）</translation>
    </message>
    <message>
        <source>cannot change %1: %2</source>
        <translation>无法修改 %1：%2</translation>
    </message>
    <message>
        <source>Usage: waypoint [--journal PATH] [--lang LANG] COMMAND [OPTIONS]

Without a command, opens the Waypoint window.

Commands:
  add [--date YYYY-MM-DD] [--title T] [--tag T]... [--file F|-] [TEXT...]
                      add an entry and print its id
  list [--from D] [--to D] [--tag T] [--json]
                      list entries, newest first
  show ID [--format markdown|html|json]
                      print one entry (ID may be a unique prefix)
  search QUERY [--limit N] [--json]
                      full-text search, best match first; QUERY may use
                      &quot;a phrase&quot;, OR, -word, tag:T, from:D, to:D, title:W
  reindex             rebuild the search index
  import PATH [--dry-run] [--json]
                      import a Hugo, Jekyll or Hexo blog, a folder of
                      Markdown files or one file; again later: only changes
  export --format markdown|hugo|jekyll --output DIR [--from D] [--to D]
         [--tag T] [--id ID]...
                      write entries as Markdown posts with front matter
  export --format html|pdf --output FILE [--from D] [--to D] [--tag T]
         [--id ID]... [--page-size A4|Letter] [--margin MM] [--no-toc]
         [--title T] [--dark] [--folder] [--remote-images]
                      write entries as one PDF or HTML document that reads
                      like the preview (see &apos;waypoint export --help&apos;)
  reading list|add|log|scan|import|export|year
                      the reading list, kept from progress written in
                      the entries (see &apos;waypoint reading help&apos;)
  goals list|add-plan|add|link|set|end|review
                      goal plans; entries link to a goal with #goal/NAME
                      (see &apos;waypoint goals help&apos;)
  review YEAR [--save] [--json]
                      draft a year-end summary from the journal
  sync [--json]       sync with the git repository or folder set up with
                      sync setup --git URL [--branch B] | --folder DIR;
                      sync status [--json] tells how it went

Options:
  --journal PATH      the journal file (default: $WAYPOINT_JOURNAL, the one
                      chosen in Settings, or %1)
  --lang LANG         user interface language, e.g. en or zh_CN
  --screenshot FILE   open the window offscreen, save a PNG of it and exit
  --entry ID          with --screenshot: the entry to show
  --version           print the version
  --help              print this help

Exit status: 0 success, 1 error, 2 usage error.
</source>
        <translation>用法：waypoint [--journal PATH] [--lang LANG] COMMAND [OPTIONS]

不带命令时，打开 Waypoint 窗口。

命令：
  add [--date YYYY-MM-DD] [--title T] [--tag T]... [--file F|-] [TEXT...]
                      添加一篇日记并输出其 ID
  list [--from D] [--to D] [--tag T] [--json]
                      列出日记，最新的在前
  show ID [--format markdown|html|json]
                      输出一篇日记（ID 可以是唯一的前缀）
  search QUERY [--limit N] [--json]
                      全文搜索，最匹配的在前；QUERY 可用
                      &quot;短语&quot;、OR、-排除词、tag:标签、from:日期、to:日期、title:标题词
  reindex             重建搜索索引
  import PATH [--dry-run] [--json]
                      导入 Hugo、Jekyll 或 Hexo 博客、Markdown 文件夹或单个
                      文件；再次导入时只带入有变化的博文
  export --format markdown|hugo|jekyll --output DIR [--from D] [--to D]
         [--tag T] [--id ID]...
                      把日记导出为带前言的 Markdown 博文
  export --format html|pdf --output FILE [--from D] [--to D] [--tag T]
         [--id ID]... [--page-size A4|Letter] [--margin MM] [--no-toc]
         [--title T] [--dark] [--folder] [--remote-images]
                      把日记写成一份与预览一致的 PDF 或 HTML 文档
                      （参见“waypoint export --help”）
  reading list|add|log|scan|import|export|year
                      阅读清单，进度取自日记中写下的记录
                      （参见“waypoint reading help”）
  goals list|add-plan|add|link|set|end|review
                      目标规划；日记用 #goal/NAME 关联到目标
                      （参见“waypoint goals help”）
  review YEAR [--save] [--json]
                      根据日志本起草年度总结
  sync [--json]       与用 sync setup --git URL [--branch B] | --folder DIR
                      设置的 Git 仓库或文件夹同步；
                      sync status [--json] 查看同步情况

选项：
  --journal PATH      日志本文件（默认依次为：$WAYPOINT_JOURNAL、在设置中
                      选择的日志本、%1）
  --lang LANG         界面语言，例如 en 或 zh_CN
  --screenshot FILE   在屏幕外打开窗口，将其保存为 PNG 图片后退出
  --entry ID          与 --screenshot 一起使用：要显示的日记
  --version           输出版本号
  --help              输出此帮助

退出状态：0 成功，1 出错，2 用法错误。
</translation>
    </message>
    <message>
        <source>Choose where this journal syncs: a git repository (any URL git takes: a path, ssh or https) or a folder that Syncthing, Nextcloud or Dropbox keeps in step.</source>
        <translation>选择此日志本的同步位置：Git 仓库（git 接受的任何 URL：路径、ssh 或 https），或由 Syncthing、Nextcloud 或 Dropbox 保持同步的文件夹。</translation>
    </message>
    <message>
        <source>Sync through this git repository.</source>
        <translation>通过此 Git 仓库同步。</translation>
    </message>
    <message>
        <source>The branch to sync (default main).</source>
        <translation>要同步的分支（默认 main）。</translation>
    </message>
    <message>
        <source>Sync through this folder.</source>
        <translation>通过此文件夹同步。</translation>
    </message>
    <message>
        <source>give one of --git URL or --folder DIR</source>
        <translation>请给出 --git URL 或 --folder DIR 其中之一</translation>
    </message>
    <message>
        <source>--git needs a URL and --branch a name</source>
        <translation>--git 需要一个 URL，--branch 需要一个名称</translation>
    </message>
    <message>
        <source>This journal syncs with %1 (branch %2). Run &apos;waypoint sync&apos; to sync now.
</source>
        <translation>此日志本与 %1（分支 %2）同步。运行“waypoint sync”可立即同步。
</translation>
    </message>
    <message>
        <source>This journal syncs through the folder %1. Run &apos;waypoint sync&apos; to sync now.
</source>
        <translation>此日志本通过文件夹 %1 同步。运行“waypoint sync”可立即同步。
</translation>
    </message>
    <message>
        <source>Sync the journal: take in what changed elsewhere, and send what changed here.</source>
        <translation>同步日志本：带入别处的更改，并发送此处的更改。</translation>
    </message>
    <message>
        <source>sync is not set up for %1: run &apos;waypoint sync setup --git URL&apos; or &apos;waypoint sync setup --folder DIR&apos; first</source>
        <translation>%1 尚未设置同步：请先运行“waypoint sync setup --git URL”或“waypoint sync setup --folder DIR”</translation>
    </message>
    <message>
        <source>cannot sync %1: %2</source>
        <translation>无法同步 %1：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>Synced with %1: %n file(s) taken in</source>
        <translation>
            <numerusform>已与 %1 同步：带入 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sent.
</source>
        <translation>
            <numerusform>，发送 %n 个文件。
</numerusform>
        </translation>
    </message>
    <message>
        <source>in conflict: %1  %2 (the other text is in its history)</source>
        <translation>有冲突：%1  %2（另一方的内容保存在其历史版本中）</translation>
    </message>
    <message>
        <source>Show where the journal syncs, when it last did, and the entries in conflict.</source>
        <translation>显示日志本的同步位置、上次同步的时间，以及有冲突的日记。</translation>
    </message>
    <message>
        <source>Sync is not set up (waypoint sync setup --git URL or --folder DIR).
</source>
        <translation>尚未设置同步（waypoint sync setup --git URL 或 --folder DIR）。
</translation>
    </message>
    <message>
        <source>Syncs with %1 (branch %2).
</source>
        <translation>与 %1（分支 %2）同步。
</translation>
    </message>
    <message>
        <source>Syncs through the folder %1.
</source>
        <translation>通过文件夹 %1 同步。
</translation>
    </message>
    <message numerus="yes">
        <source>Last synced %1, %n file(s) in the mirror.
</source>
        <translation>
            <numerusform>上次同步于 %1，镜像中有 %n 个文件。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet.
</source>
        <translation>尚未同步过。
</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>上次同步失败：%1</translation>
    </message>
    <message>
        <source>in conflict: %1  %2</source>
        <translation>有冲突：%1  %2</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>not valid CSV (%1) near row %2</source>
        <translation>不是有效的 CSV（%1），位于第 %2 行附近</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>no Title column: not a Goodreads export</source>
        <translation>没有 Title 列：不是 Goodreads 导出的文件</translation>
    </message>
</context>
<context>
    <name>EntryHeader</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Title (the first heading when left empty)</source>
        <translation>标题（留空时使用正文中的第一个标题）</translation>
    </message>
    <message>
        <source>The entry&apos;s date</source>
        <translation>日记的日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，以逗号分隔</translation>
    </message>
</context>
<context>
    <name>EntryWriter</name>
    <message>
        <source>The journal is not open.</source>
        <translation>日志本没有打开。</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1：无法创建该文件夹</translation>
    </message>
    <message>
        <source>No entries match: nothing was exported.</source>
        <translation>没有符合条件的日记：未导出任何内容。</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created or written to</source>
        <translation>%1：无法创建或写入该文件夹</translation>
    </message>
</context>
<context>
    <name>FolderRemote</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no Waypoint journal (waypoint.json is missing): is the synced folder there? Nothing was changed.</source>
        <translation>%1 中没有 Waypoint 日志本（缺少 waypoint.json）：同步的文件夹是否在那里？未做任何更改。</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no Waypoint journal (no waypoint.json): choose an empty folder or one another Waypoint synced. Nothing was changed.</source>
        <translation>%1 不是空文件夹，且其中没有 Waypoint 日志本（没有 waypoint.json）：请选择一个空文件夹，或另一个 Waypoint 同步过的文件夹。未做任何更改。</translation>
    </message>
    <message>
        <source>%1: the same entry as %2; left as it is</source>
        <translation>%1：与 %2 是同一篇日记；保持原样</translation>
    </message>
    <message>
        <source>Could not make the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FrontMatter</name>
    <message>
        <source>the front matter is not a list of keys and values</source>
        <translation>前言不是键值列表</translation>
    </message>
    <message>
        <source>the YAML front matter is broken at line %1: %2</source>
        <translation>YAML 前言在第 %1 行出错：%2</translation>
    </message>
    <message>
        <source>the TOML front matter is broken at line %1: %2</source>
        <translation>TOML 前言在第 %1 行出错：%2</translation>
    </message>
    <message>
        <source>the JSON front matter is broken: %1</source>
        <translation>JSON 前言有误：%1</translation>
    </message>
    <message>
        <source>the front matter opened by %1 is never closed</source>
        <translation>以 %1 开始的前言没有结束行</translation>
    </message>
    <message>
        <source>the JSON front matter is never closed</source>
        <translation>JSON 前言没有结束</translation>
    </message>
    <message>
        <source>the YAML front matter nests too deeply or is too large (an alias that refers to itself?)</source>
        <translation>YAML 前言嵌套过深或过大（是否有引用自身的别名？）</translation>
    </message>
</context>
<context>
    <name>GitRemote</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>no way to sign in was accepted (ssh agent or key, or $WAYPOINT_GIT_TOKEN for https)</source>
        <translation>没有一种登录方式被接受（ssh 代理或密钥，或用于 https 的 $WAYPOINT_GIT_TOKEN）</translation>
    </message>
    <message>
        <source>Could not open the sync repository %1</source>
        <translation>无法打开同步仓库 %1</translation>
    </message>
    <message>
        <source>Could not make the sync repository %1</source>
        <translation>无法创建同步仓库 %1</translation>
    </message>
    <message>
        <source>%1 is not a repository address git knows</source>
        <translation>%1 不是 git 能识别的仓库地址</translation>
    </message>
    <message>
        <source>Could not fetch from %1</source>
        <translation>无法从 %1 获取</translation>
    </message>
    <message>
        <source>The branch %1 of %2 is gone, though this journal synced with it: nothing was changed. Push it back, or set up sync again.</source>
        <translation>%2 的分支 %1 已不存在，但此日志本曾与它同步：未做任何更改。请把它推送回去，或重新设置同步。</translation>
    </message>
    <message>
        <source>The branch %1 of %2 does not hold this journal&apos;s history (it was rewritten, or holds another journal): nothing was changed.</source>
        <translation>%2 的分支 %1 不包含此日志本的提交历史（历史被改写过，或其中是另一个日志本）：未做任何更改。</translation>
    </message>
    <message>
        <source>Could not read what %1 holds</source>
        <translation>无法读取 %1 中的内容</translation>
    </message>
    <message>
        <source>The branch %1 of %2 is not a Waypoint journal (it has no waypoint.json): nothing was changed.</source>
        <translation>%2 的分支 %1 不是 Waypoint 日志本（其中没有 waypoint.json）：未做任何更改。</translation>
    </message>
    <message>
        <source>%1: the same entry as %2; left as it is</source>
        <translation>%1：与 %2 是同一篇日记；保持原样</translation>
    </message>
    <message>
        <source>Could not read %1 from the sync repository</source>
        <translation>无法从同步仓库读取 %1</translation>
    </message>
    <message>
        <source>Could not open the sync repository</source>
        <translation>无法打开同步仓库</translation>
    </message>
    <message>
        <source>Could not write to the sync repository</source>
        <translation>无法写入同步仓库</translation>
    </message>
    <message>
        <source>Waypoint sync from %1</source>
        <translation>来自 %1 的 Waypoint 同步</translation>
    </message>
    <message>
        <source>Could not commit to the sync repository</source>
        <translation>无法向同步仓库提交</translation>
    </message>
    <message>
        <source>The push to %1 was not taken (%2). Nothing is lost: the next sync merges what is there and tries again.</source>
        <translation>推送到 %1 未被接受（%2）。没有丢失任何内容：下次同步会合并那里已有的内容并重试。</translation>
    </message>
    <message>
        <source>%1 is not in ~/.ssh/known_hosts with this key: connect once with ssh to check and add it</source>
        <translation>~/.ssh/known_hosts 中没有 %1 的这个密钥：请先用 ssh 连接一次，核对后加入</translation>
    </message>
    <message>
        <source>Another sync is pushing to %1. Nothing is lost: the next sync tries again.</source>
        <translation>另一个同步正在推送到 %1。没有丢失任何内容：下次同步会重试。</translation>
    </message>
    <message>
        <source>the server refused the token in $WAYPOINT_GIT_TOKEN</source>
        <translation>服务器拒绝了 $WAYPOINT_GIT_TOKEN 中的令牌</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>too large (%1 MB; posts over %2 MB are not imported)</source>
        <translation>文件过大（%1 MB；超过 %2 MB 的博文不导入）</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>a section&apos;s index page with no text</source>
        <translation>没有正文的栏目索引页</translation>
    </message>
    <message>
        <source>the image %1 is too large (%2 MB)</source>
        <translation>图片 %1 过大（%2 MB）</translation>
    </message>
    <message>
        <source>the image %1 cannot be read: %2</source>
        <translation>无法读取图片 %1：%2</translation>
    </message>
    <message>
        <source>not Markdown (%1): only Markdown posts are imported</source>
        <translation>不是 Markdown（%1）：只导入 Markdown 博文</translation>
    </message>
    <message>
        <source>%1 is not an image (%2)</source>
        <translation>%1 不是图片（%2）</translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see &apos;waypoint --help&apos;)</source>
        <translation>未知选项“%1”（参见“waypoint --help”）</translation>
    </message>
    <message>
        <source>--screenshot cannot be combined with a command</source>
        <translation>--screenshot 不能与命令同时使用</translation>
    </message>
    <message>
        <source>--entry goes with --screenshot</source>
        <translation>--entry 须与 --screenshot 一起使用</translation>
    </message>
    <message>
        <source>--journal needs the path of a journal file</source>
        <translation>--journal 需要一个日志本文件的路径</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>No journal file was given.</source>
        <translation>未指定日志本文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a journal file.</source>
        <translation>%1 是文件夹，不是日志本文件。</translation>
    </message>
    <message>
        <source>%1 is not a Waypoint journal (it is not a SQLite database); the file was left untouched.</source>
        <translation>%1 不是 Waypoint 日志本（它不是 SQLite 数据库）；未对该文件做任何改动。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Waypoint journal; the file was left untouched.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 Waypoint 日志本；未对该文件做任何改动。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: the folder %2 does not exist.</source>
        <translation>无法创建日志本 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>%1 does not exist, and a read-only journal cannot be created.</source>
        <translation>%1 不存在，且无法以只读方式创建日志本。</translation>
    </message>
    <message>
        <source>The journal was opened read-only.</source>
        <translation>日志本以只读方式打开。</translation>
    </message>
    <message>
        <source>The journal file is read-only.</source>
        <translation>日志本文件是只读的。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Waypoint (journal version %2; this version reads up to %3). Please update Waypoint; the file was left untouched.</source>
        <translation>%1 由更新版本的 Waypoint 写入（日志本版本 %2；当前版本最高只能读取版本 %3）。请更新 Waypoint；未对该文件做任何改动。</translation>
    </message>
    <message>
        <source>%1 needs upgrading to this version of Waypoint, but it is read-only.</source>
        <translation>%1 需要升级以适配当前版本的 Waypoint，但该文件是只读的。</translation>
    </message>
    <message>
        <source>%1 is already open in another Waypoint window (process %2).</source>
        <translation>%1 已在另一个 Waypoint 窗口中打开（进程 %2）。</translation>
    </message>
    <message>
        <source>Cannot lock %1: its folder is not writable.</source>
        <translation>无法锁定 %1：其所在文件夹不可写。</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>无法打开日志本 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Waypoint journal.</source>
        <translation>%1 是一个空文件，不是 Waypoint 日志本。</translation>
    </message>
    <message>
        <source>it is no longer the journal that was opened</source>
        <translation>它已不是当初打开的那个日志本</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to, so the journal is read-only.</source>
        <translation>文件夹 %1 不可写，因此日志本是只读的。</translation>
    </message>
    <message>
        <source>The journal is damaged (SQLite&apos;s integrity check: %1); it was opened read-only and will not be changed.</source>
        <translation>日志本已损坏（SQLite 完整性检查：%1）；已以只读方式打开，不会被修改。</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Book</source>
        <translation>书籍</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>章</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课</translation>
    </message>
    <message>
        <source>Want to read</source>
        <translation>想读</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>读完</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>弃读</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 pages</source>
        <translation>
            <numerusform>%1 / %2 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 pages</source>
        <translation>
            <numerusform>%1 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 chapters</source>
        <translation>
            <numerusform>%1 / %2 章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 chapters</source>
        <translation>
            <numerusform>%1 章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 lessons</source>
        <translation>
            <numerusform>%1 / %2 课</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lessons</source>
        <translation>
            <numerusform>%1 课</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>文字描述</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
</context>
<context>
    <name>Post</name>
    <message>
        <source>the date &quot;%1&quot; could not be read; the file name&apos;s date was used</source>
        <translation>无法识别日期“%1”；已使用文件名中的日期</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; could not be read; the file&apos;s time was used</source>
        <translation>无法识别日期“%1”；已使用文件时间</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>%1: needs a date like 2021-03-14 (or 2021-03, or 2021), not &apos;%2&apos;.</source>
        <translation>%1: 需要形如 2021-03-14（或 2021-03、2021）的日期，而不是“%2”。</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>The plan no longer exists.</source>
        <translation>该规划已不存在。</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>复盘：%1</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>Text of the revision</source>
        <translation>该历史版本的内容</translation>
    </message>
    <message>
        <source>Restoring puts this text back into the editor; the current text is kept as a revision, and Ctrl+Z undoes it.</source>
        <translation>恢复会把这段内容放回编辑器；当前内容会保留为历史版本，按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>The window was never painted.</source>
        <translation>窗口始终未完成绘制。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The preview did not finish rendering.</source>
        <translation>预览未能完成渲染。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Default journal:</source>
        <translation>默认日志本(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Waypoint starts.</source>
        <translation>新的语言将在下次启动 Waypoint 时生效。</translation>
    </message>
    <message>
        <source>Show &amp;remote images in the preview (fetches them from the internet)</source>
        <translation>在预览中显示远程图片(&amp;R)（会从互联网获取）</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>a link to the folder %1, outside the imported folder: not read</source>
        <translation>指向导入文件夹之外的文件夹 %1 的链接：未读取</translation>
    </message>
    <message>
        <source>a link to %1, outside the imported folder: not read</source>
        <translation>指向导入文件夹之外的 %1 的链接：未读取</translation>
    </message>
</context>
<context>
    <name>StandaloneHtml</name>
    <message>
        <source>An image is not in the journal: %1</source>
        <translation>日志本中没有这张图片：%1</translation>
    </message>
</context>
<context>
    <name>Synchronizer</name>
    <message>
        <source>%1: its content is not the file its name says</source>
        <translation>%1：内容与其文件名所指的文件不符</translation>
    </message>
    <message>
        <source>Another sync of this journal is running. Try again when it has finished.</source>
        <translation>此日志本的另一个同步正在进行。请等它完成后再试。</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Daily log</source>
        <translation>每日记录</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>每周复盘</translation>
    </message>
    <message>
        <source>Year-end summary</source>
        <translation>年度总结</translation>
    </message>
    <message>
        <source>Three-year review</source>
        <translation>三年复盘</translation>
    </message>
    <message>
        <source># {date}

## Learned

- 

## Reading

- 
</source>
        <translation># {date}

## 学到了什么

- 

## 阅读

- 
</translation>
    </message>
    <message>
        <source># Week {week} of {year}

## Done

- 

## Learned

- 

## Reading

- 

## Next week

- 
</source>
        <translation># {year} 年第 {week} 周

## 完成

- 

## 学到了什么

- 

## 阅读

- 

## 下周

- 
</translation>
    </message>
    <message>
        <source># {year} in review

## Work

- 

## Learning

- 

## Books read

- 

## Life

- 

## Next year

- 
</source>
        <translation># {year} 年度总结

## 工作

- 

## 学习

- 

## 读过的书

- 

## 生活

- 

## 明年

- 
</translation>
    </message>
    <message>
        <source># Three years on ({date})

## Development

### Grew

- 

### Fell short

- 

### The next three years

- 

## Operations

### Grew

- 

### Fell short

- 

### The next three years

- 

## Reading

- 

## Sharing

- 

## Time

- 

The last plan&apos;s score: __ / 100
</source>
        <translation># 三年后（{date}）

## 开发

### 成长

- 

### 不足

- 

### 下一个三年的期望

- 

## 运维

### 成长

- 

### 不足

- 

### 下一个三年的期望

- 

## 阅读

- 

## 交流

- 

## 时间规划

- 

上一个规划的评分：__ / 100
</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>%2 年第 %1 周</translation>
    </message>
    <message>
        <source>%1 in review</source>
        <translation>%1 年度总结</translation>
    </message>
    <message>
        <source>Three years on</source>
        <translation>三年后</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>it is not text (it holds NUL characters)</source>
        <translation>不是文本文件（含有 NUL 字符）</translation>
    </message>
    <message>
        <source>it is not valid %1</source>
        <translation>不是有效的 %1</translation>
    </message>
    <message>
        <source>it is not text (it holds NUL bytes)</source>
        <translation>不是文本文件（含有 NUL 字节）</translation>
    </message>
    <message>
        <source>its encoding could not be recognised (not UTF-8, UTF-16 or GBK)</source>
        <translation>无法识别其编码（不是 UTF-8、UTF-16 或 GBK）</translation>
    </message>
    <message>
        <source>%1 bytes that are not UTF-8 were replaced by U+FFFD</source>
        <translation>有 %1 个不是 UTF-8 的字节被替换为 U+FFFD</translation>
    </message>
</context>
<context>
    <name>YearReview</name>
    <message>
        <source>untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source># %1 in review

</source>
        <translation># %1 年度总结

</translation>
    </message>
    <message>
        <source>## Writing

</source>
        <translation>## 写作

</translation>
    </message>
    <message numerus="yes">
        <source>- %n entries, </source>
        <translation>
            <numerusform>- 写了 %n 篇日记，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 characters, written on %n days</source>
        <translation>
            <numerusform>共 %1 字，活跃 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (at most %n days in a row).
</source>
        <translation>
            <numerusform>（最长连续 %n 天）。
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entries)</source>
        <translation>
            <numerusform>%1（%n 篇）</numerusform>
        </translation>
    </message>
    <message>
        <source>- Written most in: %1.
</source>
        <translation>- 写得最多的月份：%1。
</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>- Tags used most: %1.
</source>
        <translation>- 最常用的标签：%1。
</translation>
    </message>
    <message>
        <source>Days written in %1</source>
        <translation>%1 年写日记的日子</translation>
    </message>
    <message>
        <source>## Reading

</source>
        <translation>## 阅读

</translation>
    </message>
    <message>
        <source>- Nothing on the reading list for this year.
</source>
        <translation>- 这一年阅读清单上没有记录。
</translation>
    </message>
    <message>
        <source>Finished (%1):

</source>
        <translation>读完（%1）：

</translation>
    </message>
    <message>
        <source>Still reading:

</source>
        <translation>在读：

</translation>
    </message>
    <message>
        <source>## Goals

</source>
        <translation>## 目标

</translation>
    </message>
    <message>
        <source>- No entry of this year is linked to a goal.
</source>
        <translation>- 这一年没有日记关联到目标。
</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 篇日记</numerusform>
        </translation>
    </message>
    <message>
        <source>, last review score %1</source>
        <translation>，最近一次复盘评分 %1</translation>
    </message>
    <message>
        <source>## On this day

</source>
        <translation>## 历史上的今天

</translation>
    </message>
    <message>
        <source>- %1 “%2”, and on the same day in %3: “%4”
</source>
        <translation>- %1“%2”；%3 年的同一天：“%4”
</translation>
    </message>
    <message>
        <source>## What went well

- 

## What fell short

- 

## Next year

- 
</source>
        <translation>## 收获

- 

## 不足

- 

## 明年

- 
</translation>
    </message>
    <message>
        <source>%1 in review</source>
        <translation>%1 年度总结</translation>
    </message>
    <message>
        <source>- %1 · %2 · %3: %4</source>
        <translation>- %1 · %2 · %3：%4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No entry with id &apos;%1&apos;.</source>
        <translation>没有 ID 为“%1”的日记。</translation>
    </message>
</context>
<context>
    <name>waypoint::EntryCommands</name>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>New Entry</source>
        <translation>新建日记</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with %2.</source>
        <translation>已删除“%1”。按 %2 撤销。</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Z</source>
        <translation>Ctrl+Alt+Z</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>删除日记</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>This entry has no earlier text yet.</source>
        <translation>这篇日记还没有更早的版本。</translation>
    </message>
    <message>
        <source>The image cannot be kept: no journal is open for writing.</source>
        <translation>无法保存图片：没有可写入的日志本。</translation>
    </message>
    <message>
        <source>The image could not be stored: %1</source>
        <translation>图片无法保存：%1</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>图片 (%1);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>waypoint::EntryEditor</name>
    <message>
        <source>Title (the first heading when left empty)</source>
        <translation>标题（留空时使用正文中的第一个标题）</translation>
    </message>
</context>
<context>
    <name>waypoint::EntryListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waypoint::EntryStore</name>
    <message>
        <source>An entry needs a valid date.</source>
        <translation>日记需要有效的日期。</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>该日记已不存在。</translation>
    </message>
    <message>
        <source>%1: more than one entry has an id starting so</source>
        <translation>%1：有不止一篇日记的 ID 以此开头</translation>
    </message>
    <message>
        <source>%1: no such entry</source>
        <translation>%1：没有这篇日记</translation>
    </message>
    <message>
        <source>An entry from elsewhere needs its id.</source>
        <translation>来自别处的日记需要带有其 ID。</translation>
    </message>
</context>
<context>
    <name>waypoint::ExportBlogDialog</name>
    <message>
        <source>Export as Blog</source>
        <translation>导出为博客</translation>
    </message>
    <message>
        <source>Hugo site (page bundles; a new site builds with hugo)</source>
        <translation>Hugo 站点（页面包；新建的站点可用 hugo 生成）</translation>
    </message>
    <message>
        <source>Jekyll site (_posts and assets)</source>
        <translation>Jekyll 站点（_posts 与 assets）</translation>
    </message>
    <message>
        <source>Markdown files with front matter</source>
        <translation>带前言的 Markdown 文件</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>全部日记</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <translation>日记(&amp;E)：</translation>
    </message>
    <message>
        <source>An empty folder, or an existing site to add posts to</source>
        <translation>一个空文件夹，或要添加博文的现有站点</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation>请选择要导出到的文件夹。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>waypoint::ExportDialog</name>
    <message>
        <source>Export as PDF or HTML</source>
        <translation>导出为 PDF 或 HTML</translation>
    </message>
    <message>
        <source>This entry: %1</source>
        <translation>当前日记：%1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <source>The search results: %n entries for “%1”</source>
        <translation>
            <numerusform>搜索结果：“%1”的 %n 篇日记</numerusform>
        </translation>
    </message>
    <message>
        <source>The entries with a tag</source>
        <translation>带某个标签的日记</translation>
    </message>
    <message>
        <source>The entries between two dates</source>
        <translation>两个日期之间的日记</translation>
    </message>
    <message>
        <source>The whole journal</source>
        <translation>整个日志本</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <translation>日记(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML, one file</source>
        <translation>HTML，单个文件</translation>
    </message>
    <message>
        <source>HTML, a folder with index.html and assets</source>
        <translation>HTML，含 index.html 和 assets 的文件夹</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>页边距(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>Title page and table of &amp;contents (for several entries)</source>
        <translation>扉页和目录(&amp;C)（导出多篇日记时）</translation>
    </message>
    <message>
        <source>&amp;Light theme, whatever the window&apos;s</source>
        <translation>浅色主题(&amp;L)，不随窗口主题</translation>
    </message>
    <message>
        <source>Made from the dates when left empty</source>
        <translation>留空时根据日期生成</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Preparing the entries…</source>
        <translation>正在准备日记…</translation>
    </message>
    <message>
        <source>Laying out entry %1 of %2…</source>
        <translation>正在排版第 %1 篇（共 %2 篇）日记…</translation>
    </message>
    <message>
        <source>Printing part %1 of %2…</source>
        <translation>正在生成第 %1 部分（共 %2 部分）…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>The journal has no tags yet.</source>
        <translation>日志本中还没有标签。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1 (%2 pages).</source>
        <translation>
            <numerusform>已将 %n 篇日记导出到 %1（共 %2 页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已将 %n 篇日记导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the export a name of its own.</source>
        <translation>请为导出的文件起一个名字。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Write index.html and assets/ into it, replacing files of the same names?</source>
        <translation>文件夹 %1 不是空的。要把 index.html 和 assets/ 写入其中，并替换同名文件吗？</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>waypoint::FindBar</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>正则表达式(&amp;X)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>全词匹配(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>表达式无效：%1</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>已从头继续查找</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waypoint::GoalActions</name>
    <message>
        <source>Link to Goal</source>
        <translation>关联到目标</translation>
    </message>
    <message>
        <source>Type part of a goal, area or plan</source>
        <translation>输入目标、方向或规划中的文字</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>目标(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>&amp;Link to Goal…</source>
        <translation>关联到目标(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Year in Review…</source>
        <translation>年度总结(&amp;Y)…</translation>
    </message>
    <message>
        <source>No goals yet: make a plan and its goals in View → Goals.</source>
        <translation>还没有目标：请在“视图 → 目标”中建立规划和目标。</translation>
    </message>
    <message>
        <source>Linked to #goal/%1.</source>
        <translation>已关联到 #goal/%1。</translation>
    </message>
    <message>
        <source>Score each goal and the plan in the review; the scores are kept when you save.</source>
        <translation>在复盘中为每个目标和整个规划评分；保存时评分会被记下。</translation>
    </message>
    <message>
        <source>Year in Review</source>
        <translation>年度总结</translation>
    </message>
    <message>
        <source>Draft the summary of the year:</source>
        <translation>起草这一年的总结：</translation>
    </message>
</context>
<context>
    <name>waypoint::GoalPane</name>
    <message>
        <source>Evidence, newest first (double-click to open):</source>
        <translation>记录，最新的在前（双击打开）：</translation>
    </message>
    <message>
        <source>Write #goal/ and this name in an entry to count it as evidence.</source>
        <translation>在日记中写下 #goal/ 加这个短名，即可记为这个目标的记录。</translation>
    </message>
    <message>
        <source>How you will know it is reached</source>
        <translation>如何判断已经达成</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>短名(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Measured:</source>
        <translation>衡量方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>说明(&amp;H)：</translation>
    </message>
    <message>
        <source>of</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>目标日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <source>Milestones (tick what is done):</source>
        <translation>里程碑（勾选已完成的）：</translation>
    </message>
    <message>
        <source>Add Milestone…</source>
        <translation>添加里程碑…</translation>
    </message>
    <message>
        <source>Remove Milestone</source>
        <translation>移除里程碑</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未量化</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <source>Milestone:</source>
        <translation>里程碑：</translation>
    </message>
</context>
<context>
    <name>waypoint::GoalPlanDashboard</name>
    <message>
        <source>Review This Plan</source>
        <translation>复盘此规划</translation>
    </message>
    <message>
        <source>End This Plan…</source>
        <translation>结束此规划…</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>Spans:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Time passed %</source>
        <translation>时间已过 %</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>进度 %</translation>
    </message>
    <message>
        <source>Time passed and progress per area</source>
        <translation>各方向的时间与进度</translation>
    </message>
    <message>
        <source>Entries linked to its goals</source>
        <translation>关联到目标的日记</translation>
    </message>
    <message>
        <source>Evidence per month</source>
        <translation>每月记录</translation>
    </message>
    <message>
        <source>Evidence per month:</source>
        <translation>每月记录：</translation>
    </message>
    <message>
        <source>Reviews (double-click to open):</source>
        <translation>复盘（双击打开）：</translation>
    </message>
    <message>
        <source>The plan&apos;s score at each review</source>
        <translation>每次复盘时规划的评分</translation>
    </message>
    <message>
        <source>%1 – %2 · %3% of its time has passed</source>
        <translation>%1 – %2 · 时间已过去 %3%</translation>
    </message>
    <message>
        <source> · ended %1</source>
        <translation> · %1 结束</translation>
    </message>
    <message>
        <source>%1 · score %2</source>
        <translation>%1 · 评分 %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>waypoint::GoalStore</name>
    <message>
        <source>The plan no longer exists.</source>
        <translation>该规划已不存在。</translation>
    </message>
    <message>
        <source># Review: %1 (%2 – %3)

</source>
        <translation># 复盘：%1（%2 – %3）

</translation>
    </message>
    <message>
        <source>%1% of the plan&apos;s time has passed (%2).

</source>
        <translation>规划的时间已过去 %1%（%2）。

</translation>
    </message>
    <message>
        <source>### Grew

- 

### Fell short

- 

### Next

- 

</source>
        <translation>### 成长

- 

### 不足

- 

### 下一步

- 

</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 篇日记</numerusform>
        </translation>
    </message>
    <message>
        <source> · progress %1%</source>
        <translation> · 进度 %1%</translation>
    </message>
    <message>
        <source> · score: __ · note: </source>
        <translation> · 评分：__ · 备注：</translation>
    </message>
    <message>
        <source>Overall score: __
</source>
        <translation>总评分：__
</translation>
    </message>
    <message>
        <source>%1: no such plan</source>
        <translation>%1：没有这个规划</translation>
    </message>
    <message>
        <source>%1: no such goal</source>
        <translation>%1：没有这个目标</translation>
    </message>
    <message>
        <source>A plan needs a title.</source>
        <translation>规划需要标题。</translation>
    </message>
    <message>
        <source>A plan needs a start date and a span of 1 to 20 years.</source>
        <translation>规划需要开始日期，以及 1 到 20 年的期限。</translation>
    </message>
    <message>
        <source>A plan needs a title, a start date and a span of 1 to 20 years.</source>
        <translation>规划需要标题、开始日期，以及 1 到 20 年的期限。</translation>
    </message>
    <message>
        <source>An area needs a name.</source>
        <translation>方向需要名称。</translation>
    </message>
    <message>
        <source>A goal needs a title.</source>
        <translation>目标需要标题。</translation>
    </message>
    <message>
        <source>“%1” gives no short name: give one with letters or digits.</source>
        <translation>无法由“%1”生成短名：请给出一个含字母或数字的短名。</translation>
    </message>
    <message>
        <source>The plan has a goal called #goal/%1 already.</source>
        <translation>该规划中已有名为 #goal/%1 的目标。</translation>
    </message>
    <message>
        <source>A goal needs a short name of letters or digits.</source>
        <translation>目标需要一个由字母或数字组成的短名。</translation>
    </message>
    <message>
        <source>A goal moves only between the areas of its own plan.</source>
        <translation>目标只能在所属规划的方向之间移动。</translation>
    </message>
    <message>
        <source>### Goals

</source>
        <translation>### 目标

</translation>
    </message>
</context>
<context>
    <name>waypoint::GoalTreeModel</name>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <source>%1% of its time has passed</source>
        <translation>时间已过去 %1%</translation>
    </message>
    <message>
        <source>Plan, Area, Goal</source>
        <translation>规划、方向、目标</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>waypoint::GoalsWindow</name>
    <message>
        <source>Goals — Waypoint</source>
        <translation>目标 — Waypoint</translation>
    </message>
    <message>
        <source>Start a plan with Goals → New Plan: a title, the day it starts and its span (three years unless you say otherwise). Then give it areas, such as 开发, 运维 or 阅读, and goals in them. An entry counts as evidence for a goal when it says #goal/ and the goal&apos;s short name.</source>
        <translation>用“目标 → 新建规划”开始一个规划：标题、开始日期和期限（默认三年）。再为它添加方向（如开发、运维、阅读）和其中的目标。日记中写下 #goal/ 加目标的短名，就成为这个目标的记录。</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>目标(&amp;G)</translation>
    </message>
    <message>
        <source>New &amp;Plan…</source>
        <translation>新建规划(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New &amp;Area…</source>
        <translation>新建方向(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>New &amp;Goal…</source>
        <translation>新建目标(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;view This Plan</source>
        <translation>复盘此规划(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;End This Plan…</source>
        <translation>结束此规划(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>新建规划</translation>
    </message>
    <message>
        <source>Title (it starts today and spans three years; both can be changed):</source>
        <translation>标题（从今天开始，为期三年；两者都可修改）：</translation>
    </message>
    <message>
        <source>The next three years</source>
        <translation>下一个三年</translation>
    </message>
    <message>
        <source>Choose a plan first.</source>
        <translation>请先选择一个规划。</translation>
    </message>
    <message>
        <source>New Area</source>
        <translation>新建方向</translation>
    </message>
    <message>
        <source>Area (such as 开发, 运维, 阅读, 交流):</source>
        <translation>方向（如开发、运维、阅读、交流）：</translation>
    </message>
    <message>
        <source>Choose a plan with an area first (Goals → New Area).</source>
        <translation>请先选择一个有方向的规划（目标 → 新建方向）。</translation>
    </message>
    <message>
        <source>New Goal</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <source>Goal in “%1”:</source>
        <translation>“%1”中的目标：</translation>
    </message>
    <message>
        <source>Remove the plan “%1” with its areas, goals and reviews? The entries stay.</source>
        <translation>移除规划“%1”及其方向、目标和复盘吗？日记会保留。</translation>
    </message>
    <message>
        <source>Remove the area “%1” with its goals? The entries stay.</source>
        <translation>移除方向“%1”及其目标吗？日记会保留。</translation>
    </message>
    <message>
        <source>Remove the goal “%1”? The entries stay, with their #goal/ tags.</source>
        <translation>移除目标“%1”吗？日记会保留，其中的 #goal/ 标签也不变。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>End This Plan</source>
        <translation>结束此规划</translation>
    </message>
    <message>
        <source>“%1” ends today. Title of the next plan, which starts tomorrow with its areas and the goals still open (empty: start none):</source>
        <translation>“%1”今天结束。下一个规划的标题（明天开始，沿用其方向和未完成的目标；留空则不新建）：</translation>
    </message>
</context>
<context>
    <name>waypoint::ImportDialog</name>
    <message>
        <source>Import a Blog</source>
        <translation>导入博客</translation>
    </message>
    <message>
        <source>A Hugo, Jekyll or Hexo site, a folder of Markdown files, or one file</source>
        <translation>Hugo、Jekyll 或 Hexo 站点，Markdown 文件夹，或单个文件</translation>
    </message>
    <message>
        <source>Folder or file to import</source>
        <translation>要导入的文件夹或文件</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Choose the folder of your blog: its posts, drafts and images come in as entries; importing it again later brings in only what changed.</source>
        <translation>请选择博客所在的文件夹：其中的博文、草稿和图片都会成为日记；以后再次导入时只带入有变化的部分。</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>博文</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Blog Folder</source>
        <translation>博客文件夹</translation>
    </message>
    <message>
        <source>Markdown File</source>
        <translation>Markdown 文件</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.mdown *.mkd)</source>
        <translation>Markdown（*.md *.markdown *.mdown *.mkd）</translation>
    </message>
    <message>
        <source>Reading the posts…</source>
        <translation>正在读取博文…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>To import: %1 · to update: %2 · unchanged: %3 · skipped: %4 · failing: %5 · new images: %6</source>
        <translation>将导入：%1 · 将更新：%2 · 无变化：%3 · 跳过：%4 · 失败：%5 · 新图片：%6</translation>
    </message>
    <message>
        <source>Imported: %1 · updated: %2 · unchanged: %3 · skipped: %4 · failed: %5 · new images: %6</source>
        <translation>已导入：%1 · 已更新：%2 · 无变化：%3 · 跳过：%4 · 失败：%5 · 新图片：%6</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 posts were done; importing again goes on from there.</source>
        <translation>已停止：%2 篇博文中已完成 %1 篇；再次导入会从这里继续。</translation>
    </message>
    <message>
        <source>A Hugo site</source>
        <translation>Hugo 站点</translation>
    </message>
    <message>
        <source>A Jekyll site</source>
        <translation>Jekyll 站点</translation>
    </message>
    <message>
        <source>A Hexo site</source>
        <translation>Hexo 站点</translation>
    </message>
    <message>
        <source>A folder of Markdown files</source>
        <translation>Markdown 文件夹</translation>
    </message>
    <message>
        <source>One Markdown file</source>
        <translation>单个 Markdown 文件</translation>
    </message>
    <message>
        <source>%1 · posts found: %2</source>
        <translation>%1 · 找到博文 %2 篇</translation>
    </message>
    <message>
        <source>%1, recognised by %2 · posts found: %3</source>
        <translation>%1（依据 %2 识别）· 找到博文 %3 篇</translation>
    </message>
    <message>
        <source>Image links to files that are not there: %1 (see Notes).</source>
        <translation>指向不存在文件的图片链接：%1 个（详见“说明”）。</translation>
    </message>
    <message>
        <source>Press Enter to look at this folder.</source>
        <translation>按回车键查看这个文件夹。</translation>
    </message>
</context>
<context>
    <name>waypoint::ImportPlanModel</name>
    <message>
        <source>Will import</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Will update</source>
        <translation>将更新</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Will skip</source>
        <translation>将跳过</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>date from the file name</source>
        <translation>日期取自文件名</translation>
    </message>
    <message>
        <source>no date written: the file&apos;s time</source>
        <translation>未写日期：使用文件时间</translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation>找不到图片：%1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Will fail</source>
        <translation>将失败</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>shortcodes left as written: %1</source>
        <translation>按原样保留的短代码：%1 个</translation>
    </message>
</context>
<context>
    <name>waypoint::JournalDialogs</name>
    <message>
        <source>Waypoint journals (*.waypoint);;All files (*)</source>
        <translation>Waypoint 日志本 (*.waypoint);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Journal</source>
        <translation>新建日志本</translation>
    </message>
    <message>
        <source>Open Journal</source>
        <translation>打开日志本</translation>
    </message>
    <message>
        <source>Nothing can be imported: no journal is open for writing.</source>
        <translation>无法导入：没有以可写方式打开的日志本。</translation>
    </message>
    <message>
        <source>Imported %1 posts, updated %2.</source>
        <translation>已导入 %1 篇博文，更新 %2 篇。</translation>
    </message>
    <message>
        <source>Exported %1 entries and %2 images to %3.</source>
        <translation>已将 %1 篇日记和 %2 张图片导出到 %3。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>About Waypoint</source>
        <translation>关于 Waypoint</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waypoint %1&lt;/h3&gt;&lt;p&gt;A journal for engineers: dated Markdown entries, reading lists and three-year goal plans, in one file that is yours.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Waypoint %1&lt;/h3&gt;&lt;p&gt;为工程师打造的日志本：按日期记录的 Markdown 日记、阅读清单和三年规划，全部保存在一个属于你自己的文件里。&lt;/p&gt;&lt;p&gt;日志本：%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>waypoint::JournalStatus</name>
    <message>
        <source>Words: %1 · Characters: %2</source>
        <translation>字数：%1 · 字符：%2</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Reading progress found: %n line(s) waiting in the reading list (%1).</source>
        <translation>
            <numerusform>发现阅读进度：阅读清单中有 %n 行待确认（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
</context>
<context>
    <name>waypoint::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;Journal…</source>
        <translation>新建日志本(&amp;J)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Journal…</source>
        <translation>打开日志本(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Blog…</source>
        <translation>导入博客(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF or HTML…</source>
        <translation>导出为 PDF 或 HTML(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Export as Blog…</source>
        <translation>导出为博客(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Z</source>
        <translation>Ctrl+Alt+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+Z</source>
        <translation>Ctrl+Alt+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>替换(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Toggle &amp;Task</source>
        <translation>切换任务勾选(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Insert &amp;Image…</source>
        <translation>插入图片(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Search Entries…</source>
        <translation>搜索日记(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation>日记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Entry</source>
        <translation>新建日记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>New &amp;from Template</source>
        <translation>从模板新建(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史版本(&amp;H)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Delete Entry</source>
        <translation>删除日记(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Editor Only</source>
        <translation>仅编辑器(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Editor and &amp;Preview</source>
        <translation>编辑器与预览(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Preview &amp;Only</source>
        <translation>仅预览(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>O&amp;utline</source>
        <translation>大纲(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Reading List</source>
        <translation>阅读清单(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>缩小(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Waypoint</source>
        <translation>关于 Waypoint(&amp;A)</translation>
    </message>
</context>
<context>
    <name>waypoint::MainWindow</name>
    <message>
        <source>Read-only: %1 Changes cannot be saved.</source>
        <translation>只读：%1无法保存更改。</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>该日记已不存在。</translation>
    </message>
    <message>
        <source>%1 — Waypoint</source>
        <translation>%1 — Waypoint</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [只读]</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The entry could not be saved: %1

Quit anyway and lose the last changes?</source>
        <translation>日记无法保存：%1

仍要退出并丢失最近的更改吗？</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>正在建立搜索索引…</translation>
    </message>
</context>
<context>
    <name>waypoint::MarkdownEditor</name>
    <message>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>Write in Markdown…</source>
        <translation>使用 Markdown 书写…</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No journal is open to keep the image in.</source>
        <translation>没有打开的日志本可以保存这张图片。</translation>
    </message>
</context>
<context>
    <name>waypoint::Navigator</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>标签筛选</translation>
    </message>
    <message>
        <source>Show only the entries with this tag</source>
        <translation>只显示带有此标签的日记</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>日记</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>历史上的今天</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>On this day (%1), earlier years:</source>
        <translation>历史上的今天（%1）：</translation>
    </message>
    <message>
        <source>M/d</source>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>waypoint::OutlineModel</name>
    <message>
        <source>(empty heading)</source>
        <translation>（空标题）</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>waypoint::ReadingItemPane</name>
    <message>
        <source>Choose an item of the list to see its progress.</source>
        <translation>在清单中选择一项，查看它的进度。</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>From progress</source>
        <translation>根据进度</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>Kind and unit:</source>
        <translation>类型和单位：</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>120, 45% or 7/13</source>
        <translation>120、45% 或 7/13</translation>
    </message>
    <message>
        <source>Progress to log</source>
        <translation>要记录的进度</translation>
    </message>
    <message>
        <source>&amp;Log Progress</source>
        <translation>记录进度(&amp;L)</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>进度变化</translation>
    </message>
    <message>
        <source>In the journal:</source>
        <translation>日记中的记录：</translation>
    </message>
    <message>
        <source>Entries that mention it</source>
        <translation>提到它的日记</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <source>What it taught you, quotes, what to read next…</source>
        <translation>学到了什么、摘录、接下来读什么…</translation>
    </message>
    <message>
        <source>&amp;Remove from the List…</source>
        <translation>从清单中移除(&amp;R)…</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>%1 开始</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>%1 读完</translation>
    </message>
    <message>
        <source>Waiting to be applied; double-click to open the entry.</source>
        <translation>待确认；双击打开这篇日记。</translation>
    </message>
    <message>
        <source>Double-click to open the entry.</source>
        <translation>双击打开这篇日记。</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>“%1” is not progress: write 120, 45% or 7/13.</source>
        <translation>“%1”不是进度：请写成 120、45% 或 7/13。</translation>
    </message>
    <message>
        <source>Remove from the Reading List</source>
        <translation>从阅读清单中移除</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n progress record(s)? The entries stay as they are, and their lines about it are not suggested again.</source>
        <translation>
            <numerusform>移除“%1”及其 %n 条进度记录吗？日记保持不变，其中关于它的行不会再被建议。</numerusform>
        </translation>
    </message>
    <message>
        <source>No progress recorded yet: write it in an entry (“《书名》- 进度 68/288”) or log it above.</source>
        <translation>还没有进度记录：在日记中写下（“《书名》- 进度 68/288”），或在上方记录。</translation>
    </message>
</context>
<context>
    <name>waypoint::ReadingListModel</name>
    <message>
        <source>Last read on %1</source>
        <translation>最近一次阅读：%1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>读完</translation>
    </message>
    <message>
        <source>Last Read</source>
        <translation>最近阅读</translation>
    </message>
</context>
<context>
    <name>waypoint::ReadingStore</name>
    <message>
        <source>%1: more than one item on the reading list has a title starting so</source>
        <translation>%1：阅读清单中有不止一项的标题以此开头</translation>
    </message>
    <message>
        <source>%1: no such item on the reading list</source>
        <translation>%1：阅读清单中没有这一项</translation>
    </message>
    <message>
        <source>An item needs a title.</source>
        <translation>条目需要标题。</translation>
    </message>
    <message>
        <source>“%1” is on the reading list already (item %2).</source>
        <translation>“%1”已在阅读清单中（第 %2 项）。</translation>
    </message>
    <message>
        <source>Progress needs a valid date.</source>
        <translation>进度需要有效的日期。</translation>
    </message>
    <message>
        <source>The item is no longer on the reading list.</source>
        <translation>该条目已不在阅读清单中。</translation>
    </message>
    <message>
        <source>%1 is more than the item&apos;s total of %2.</source>
        <translation>%1 超过了该条目的总数 %2。</translation>
    </message>
    <message>
        <source>The suggestion is no longer there.</source>
        <translation>该建议已不存在。</translation>
    </message>
</context>
<context>
    <name>waypoint::ReadingWindow</name>
    <message>
        <source>Reading List — Waypoint</source>
        <translation>阅读清单 — Waypoint</translation>
    </message>
    <message>
        <source>Found in the Journal</source>
        <translation>日记中发现的进度</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>清单(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add Item…</source>
        <translation>添加条目(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Goodreads CSV…</source>
        <translation>导入 Goodreads CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Scan the Journal Again</source>
        <translation>重新扫描日志本(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>建议(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>采用(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Apply &amp;Always for This Title</source>
        <translation>此标题总是采用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <source>Apply A&amp;ll</source>
        <translation>全部采用(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>Goal: </source>
        <translation>目标：</translation>
    </message>
    <message>
        <source> books</source>
        <translation> 本</translation>
    </message>
    <message>
        <source>Filter by title or author</source>
        <translation>按标题或作者筛选</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Record the chosen lines as progress (Ctrl+Return).</source>
        <translation>把选中的行记为进度（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Always Apply</source>
        <translation>总是采用</translation>
    </message>
    <message>
        <source>Record them, and from now on every line about the same title without asking.</source>
        <translation>记为进度，并且以后同一标题的行都直接采用，不再询问。</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Not reading progress: never suggest these lines again.</source>
        <translation>不是阅读进度：不再建议这些行。</translation>
    </message>
    <message>
        <source>Apply All</source>
        <translation>全部采用</translation>
    </message>
    <message>
        <source>Record every line waiting here.</source>
        <translation>把这里所有待确认的行记为进度。</translation>
    </message>
    <message>
        <source>Apply new ones automatically</source>
        <translation>自动采用新发现的进度</translation>
    </message>
    <message>
        <source>Progress written in entries is recorded as you save them, without asking.</source>
        <translation>保存日记时即记录其中写下的进度，不再询问。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>, %n other item(s)</source>
        <translation>
            <numerusform>，其他 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s) read</source>
        <translation>
            <numerusform>，读了 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your entries mention reading progress that is not on the list yet: %n line(s) waiting. Apply what is right, ignore the rest.</source>
        <translation>
            <numerusform>你的日记中写有尚未记入清单的阅读进度：%n 行待确认。采用正确的，忽略其余的。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting. Progress you write in entries, such as “《书名》- 进度 68/288” or “Title - 45%”, shows up here when you save.</source>
        <translation>没有待确认的进度。在日记中写下的进度（如“《书名》- 进度 68/288”或“Title - 45%”）会在保存时出现在这里。</translation>
    </message>
    <message>
        <source>Add to the Reading List</source>
        <translation>加入阅读清单</translation>
    </message>
    <message>
        <source>Title of the book, course, article or video:</source>
        <translation>书籍、课程、文章或视频的标题：</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n line(s).</source>
        <translation>
            <numerusform>已采用 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the journal for progress…</source>
        <translation>正在从日志本中读取进度…</translation>
    </message>
    <message numerus="yes">
        <source>The journal was read again: %n line(s) waiting.</source>
        <translation>
            <numerusform>已重新扫描日志本：%n 行待确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Goodreads CSV</source>
        <translation>导入 Goodreads CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1  %2 {1:?}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added</source>
        <translation>
            <numerusform>新增 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>，更新 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>，%n 项无变化</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Reading List</source>
        <translation>导出阅读清单</translation>
    </message>
    <message>
        <source>reading-list.csv</source>
        <translation>阅读清单.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 项写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Books to finish that year</source>
        <translation>当年要读完的书数</translation>
    </message>
    <message numerus="yes">
        <source>%n book(s) finished</source>
        <translation>
            <numerusform>读完 %n 本书</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waypoint::RevisionsDialog</name>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>waypoint::SearchPanel</name>
    <message>
        <source>Search entries (Ctrl+K)</source>
        <translation>搜索日记（Ctrl+K）</translation>
    </message>
    <message>
        <source>No journal is open.</source>
        <translation>没有打开的日志本。</translation>
    </message>
    <message>
        <source>No entries found.</source>
        <translation>没有找到日记。</translation>
    </message>
    <message numerus="yes">
        <source>The best %n entries:</source>
        <translation>
            <numerusform>最匹配的 %n 篇日记：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found:</source>
        <translation>
            <numerusform>找到 %n 篇日记：</numerusform>
        </translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, OR, -word, tag:name, from:2021-01-01, to:2021-12-31, title:word</source>
        <translation>词语、&quot;短语&quot;、OR、-排除词、tag:标签、from:2021-01-01、to:2021-12-31、title:标题词</translation>
    </message>
</context>
<context>
    <name>waypoint::SearchResultModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>waypoint::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The standard place</source>
        <translation>标准位置</translation>
    </message>
    <message>
        <source>Default journal</source>
        <translation>默认日志本</translation>
    </message>
    <message>
        <source>Waypoint journals (*.waypoint)</source>
        <translation>Waypoint 日志本 (*.waypoint)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Reset to the Built-in Text</source>
        <translation>恢复为内置文本</translation>
    </message>
    <message>
        <source>{date}, {year} and {week} are filled in when an entry is made from it. Today uses the daily log.</source>
        <translation>用模板新建日记时，会填入 {date}、{year} 和 {week}。“今天”使用每日记录模板。</translation>
    </message>
</context>
<context>
    <name>waypoint::SuggestionListModel</name>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>New: %1 (%2, %3)</source>
        <translation>新条目：%1（%2，%3）</translation>
    </message>
    <message>
        <source>Line %1 of “%2”</source>
        <translation>“%2”的第 %1 行</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Found in the Entry</source>
        <translation>日记中的原文</translation>
    </message>
    <message>
        <source>Applies To</source>
        <translation>对应条目</translation>
    </message>
</context>
<context>
    <name>waypoint::SyncControl</name>
    <message>
        <source>S&amp;ync Now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Sync Se&amp;ttings…</source>
        <translation>同步设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Entries in &amp;Conflict…</source>
        <translation>有冲突的日记(&amp;C)…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) changed on both sides: this machine&apos;s text is kept, the other is in History…</source>
        <translation>
            <numerusform>%n 篇日记在两边都改过：保留了本机的内容，另一台机器的内容在历史版本…中</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message numerus="yes">
        <source> · %n in conflict</source>
        <translation>
            <numerusform> · %n 篇有冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing before quitting…</source>
        <translation>退出前正在同步…</translation>
    </message>
    <message>
        <source>Sync Settings</source>
        <translation>同步设置</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Git repository</source>
        <translation>Git 仓库</translation>
    </message>
    <message>
        <source>Synced folder (Syncthing, Nextcloud, Dropbox…)</source>
        <translation>同步文件夹（Syncthing、Nextcloud、Dropbox…）</translation>
    </message>
    <message>
        <source>git@github.com:me/journal.git, https://…, or a path</source>
        <translation>git@github.com:me/journal.git、https://… 或一个路径</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Synced Folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>Sync when the journal opens</source>
        <translation>打开日志本时同步</translation>
    </message>
    <message>
        <source>Sync before quitting</source>
        <translation>退出前同步</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>For https, set the token in the WAYPOINT_GIT_TOKEN environment variable; ssh uses your agent or ~/.ssh keys.</source>
        <translation>https 需要在环境变量 WAYPOINT_GIT_TOKEN 中设置令牌；ssh 使用你的 ssh-agent 或 ~/.ssh 中的密钥。</translation>
    </message>
    <message>
        <source>Sync through:</source>
        <translation>同步方式：</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>仓库：</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>分支：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>间隔：</translation>
    </message>
    <message>
        <source>Give the repository&apos;s address or the folder to sync through.</source>
        <translation>请填写仓库地址或用于同步的文件夹。</translation>
    </message>
    <message>
        <source>Entries in Conflict</source>
        <translation>有冲突的日记</translation>
    </message>
    <message>
        <source>These entries were changed on two machines at once. Each shows this machine&apos;s text; the other machine&apos;s is in History…. Open one, settle its text, and mark it resolved.</source>
        <translation>这些日记同时在两台机器上被修改。每篇显示的是本机的内容，另一台机器的内容在历史版本…中。打开日记，定好内容后标记为已解决。</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>No entry is in conflict.</source>
        <translation>没有有冲突的日记。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Mark &amp;Resolved</source>
        <translation>标记为已解决(&amp;R)</translation>
    </message>
</context>
<context>
    <name>waypoint::SyncJob</name>
    <message>
        <source>Sync is not set up for this journal.</source>
        <translation>这个日志本尚未设置同步。</translation>
    </message>
</context>
<context>
    <name>waypoint::TagListModel</name>
    <message>
        <source>All entries</source>
        <translation>全部日记</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>waypoint::exporting::BookExporter</name>
    <message>
        <source>An export is already running.</source>
        <translation>已有一个导出正在进行。</translation>
    </message>
    <message>
        <source>No entries match: nothing was exported.</source>
        <translation>没有符合条件的日记：未导出任何内容。</translation>
    </message>
    <message>
        <source>No file to export to was given.</source>
        <translation>未指定要导出到的文件。</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1：该文件夹不存在</translation>
    </message>
    <message>
        <source>%1: no permission to write in this folder</source>
        <translation>%1：没有在该文件夹中写入的权限</translation>
    </message>
    <message>
        <source>%1 is a file; a folder was expected</source>
        <translation>%1 是文件；这里需要一个文件夹</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file</source>
        <translation>%1 是文件夹；请给出文件名</translation>
    </message>
    <message>
        <source>No font for %1 is installed, so the PDF would lose every such character. Install one (Debian and Ubuntu: apt install fonts-noto-cjk) and export again.</source>
        <translation>没有安装%1字体，PDF 中的这些字符将全部丢失。请先安装（Debian 和 Ubuntu：apt install fonts-noto-cjk），然后重新导出。</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>The page that lays out the book did not load.</source>
        <translation>用于排版的页面未能加载。</translation>
    </message>
    <message>
        <source>The page that lays out the book stopped (out of memory?).</source>
        <translation>用于排版的页面意外停止（内存不足？）。</translation>
    </message>
    <message>
        <source>The book could not be laid out: %1</source>
        <translation>无法排版：%1</translation>
    </message>
    <message>
        <source>Printing the PDF failed.</source>
        <translation>生成 PDF 失败。</translation>
    </message>
    <message>
        <source>The laid-out book could not be read from the page.</source>
        <translation>无法从页面读取排版结果。</translation>
    </message>
    <message numerus="yes">
        <source>Laying out the book stopped: %n images never finished loading.</source>
        <translation>
            <numerusform>排版中止：有 %n 张图片始终没有加载完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the book stopped: these fonts never finished loading: %1</source>
        <translation>排版中止：这些字体始终没有加载完成：%1</translation>
    </message>
    <message>
        <source>Printing the book stopped answering.</source>
        <translation>生成 PDF 时页面停止了响应。</translation>
    </message>
    <message>
        <source>Laying out the book stopped after %1 of %2 entries.</source>
        <translation>排版在第 %1 篇（共 %2 篇）日记后中止。</translation>
    </message>
</context>
<context>
    <name>waypoint::preview::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>waypoint::sync::goalMirror</name>
    <message>
        <source>it is not a JSON object: %1</source>
        <translation>它不是一个 JSON 对象：%1</translation>
    </message>
    <message>
        <source>it has no valid uuid</source>
        <translation>它没有有效的 uuid</translation>
    </message>
    <message>
        <source>it has no title or start date</source>
        <translation>它没有标题或开始日期</translation>
    </message>
</context>
<context>
    <name>waypoint::sync::mirror</name>
    <message>
        <source>it has no front matter between --- lines</source>
        <translation>没有位于 --- 行之间的前言</translation>
    </message>
    <message>
        <source>its front matter is not YAML: %1</source>
        <translation>前言不是 YAML：%1</translation>
    </message>
    <message>
        <source>its front matter is not a list of keys</source>
        <translation>前言不是键值列表</translation>
    </message>
    <message>
        <source>its front matter cannot be read: %1</source>
        <translation>无法读取前言：%1</translation>
    </message>
    <message>
        <source>its front matter has no valid uuid</source>
        <translation>前言中没有有效的 uuid</translation>
    </message>
    <message>
        <source>its front matter has no date written YYYY-MM-DD</source>
        <translation>前言中没有按 YYYY-MM-DD 格式写的日期</translation>
    </message>
</context>
<context>
    <name>waypoint::sync::readingMirror</name>
    <message>
        <source>it is not a JSON object: %1</source>
        <translation>它不是一个 JSON 对象：%1</translation>
    </message>
    <message>
        <source>it has no valid uuid</source>
        <translation>它没有有效的 uuid</translation>
    </message>
    <message>
        <source>it has no title</source>
        <translation>它没有标题</translation>
    </message>
</context>
</TS>
